package org.safeguarding.bulletin.internal.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.commonmark.node.Emphasis;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.safeguarding.bulletin.model.Inline;

/**
 * Parses the format's inline text with commonmark-java and maps it straight into {@link Inline}
 * records. Only strong, emphasis, inline links, autolinks, backslash escapes and hard line breaks
 * are markup; images, reference links and link definitions come back as the characters typed.
 */
public final class InlineMarkdown {
  private static final Parser PARSER =
      Parser.builder()
          .enabledBlockTypes(Set.of())
          .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
          .customInlineContentParserFactory(new LiteralCharacterParser.Factory())
          .build();

  private InlineMarkdown() {}

  /** The inlines of {@code source}; adjacent text is merged. */
  public static List<Inline> parse(String source) {
    // Most text has no markup at all: then it is one piece of text, as commonmark would find.
    return isPlain(source) ? List.of(new Inline.Text(source)) : parseMarkup(source);
  }

  /**
   * Whether {@code source} has no character that commonmark could read as markup, as a line end, as
   * whitespace to strip or as a character to replace; then it is exactly its own text.
   */
  static boolean isPlain(String source) {
    if (source.isEmpty() || source.charAt(0) == ' ' || source.charAt(source.length() - 1) == ' ') {
      return false;
    }
    for (int i = 0; i < source.length(); i++) {
      switch (source.charAt(i)) {
        case '\\', '*', '_', '[', ']', '<', '>', '&', '`', '!', '\n', '\r', '\t', '\f', '\u000b', '\0' -> {
          return false;
        }
        default -> {
          // plain
        }
      }
    }
    return true;
  }

  /** The inlines of {@code source} as commonmark reads them. */
  static List<Inline> parseMarkup(String source) {
    List<Inline> out = new ArrayList<>();
    Node previous = null;
    for (Node block = PARSER.parse(source).getFirstChild(); block != null; block = block.getNext()) {
      if (previous != null) {
        out.add(previous instanceof org.commonmark.node.Paragraph ? new Inline.LineBreak() : new Inline.Text(" "));
      }
      if (block instanceof org.commonmark.node.Paragraph) {
        out.addAll(children(block, source));
      } else {
        out.add(new Inline.Text(literal(block, source)));
      }
      previous = block;
    }
    return merge(out);
  }

  private static List<Inline> children(Node parent, String source) {
    List<Inline> out = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      out.add(map(node, source));
    }
    return merge(out);
  }

  private static Inline map(Node node, String source) {
    if (node instanceof Text text) {
      return new Inline.Text(text.getLiteral());
    } else if (node instanceof StrongEmphasis) {
      return new Inline.Strong(children(node, source));
    } else if (node instanceof Emphasis) {
      return new Inline.Emphasis(children(node, source));
    } else if (node instanceof Link link && isInlineOrAutolink(literal(node, source))) {
      return new Inline.Link(link.getDestination(), children(node, source));
    } else if (node instanceof HardLineBreak) {
      return new Inline.LineBreak();
    } else if (node instanceof SoftLineBreak) {
      return new Inline.Text(" ");
    }
    return new Inline.Text(literal(node, source));
  }

  private static boolean isInlineOrAutolink(String literal) {
    return literal.startsWith("<") || literal.endsWith(")");
  }

  private static String literal(Node node, String source) {
    StringBuilder out = new StringBuilder();
    for (SourceSpan span : node.getSourceSpans()) {
      if (out.length() > 0) {
        out.append(' ');
      }
      out.append(source, span.getInputIndex(), span.getInputIndex() + span.getLength());
    }
    return out.toString();
  }

  private static List<Inline> merge(List<Inline> inlines) {
    List<Inline> merged = new ArrayList<>();
    for (Inline inline : inlines) {
      int last = merged.size() - 1;
      if (inline instanceof Inline.Text t && last >= 0 && merged.get(last) instanceof Inline.Text p) {
        merged.set(last, new Inline.Text(p.text() + t.text()));
      } else {
        merged.add(inline);
      }
    }
    return List.copyOf(merged);
  }
}
