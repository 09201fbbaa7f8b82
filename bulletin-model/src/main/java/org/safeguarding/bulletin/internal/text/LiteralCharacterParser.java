package org.safeguarding.bulletin.internal.text;

import java.util.Set;
import java.util.regex.Pattern;
import org.commonmark.node.Text;
import org.commonmark.parser.beta.InlineContentParser;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.beta.InlineParserState;
import org.commonmark.parser.beta.ParsedInline;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Keeps the characters that start code spans, character references and raw HTML as literal text.
 * Registered before commonmark's own parsers, it takes {@code `}, {@code &} and {@code <} as plain
 * characters, except a {@code <} that opens an autolink, which it leaves to commonmark.
 */
final class LiteralCharacterParser implements InlineContentParser {
  private static final Pattern AUTOLINK =
      Pattern.compile("[A-Za-z][A-Za-z0-9.+-]{1,31}:[^<>\\x00-\\x20]*"
          + "|[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?"
          + "(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*");

  @Override
  public ParsedInline tryParse(InlineParserState state) {
    Scanner scanner = state.scanner();
    char c = scanner.peek();
    if (c == '<' && opensAutolink(scanner)) {
      return ParsedInline.none();
    }
    scanner.next();
    return ParsedInline.of(new Text(String.valueOf(c)), scanner.position());
  }

  private static boolean opensAutolink(Scanner scanner) {
    Position start = scanner.position();
    scanner.next();
    Position afterOpen = scanner.position();
    boolean autolink = false;
    if (scanner.find('>') > 0) {
      String inside = scanner.getSource(afterOpen, scanner.position()).getContent();
      autolink = AUTOLINK.matcher(inside).matches();
    }
    scanner.setPosition(start);
    return autolink;
  }

  /** Creates the parser for {@code `}, {@code &} and {@code <}. */
  static final class Factory implements InlineContentParserFactory {
    @Override
    public Set<Character> getTriggerCharacters() {
      return Set.of('`', '&', '<');
    }

    @Override
    public InlineContentParser create() {
      return new LiteralCharacterParser();
    }
  }
}
