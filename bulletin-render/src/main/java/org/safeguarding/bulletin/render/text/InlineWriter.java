package org.safeguarding.bulletin.render.text;

import java.util.List;
import org.safeguarding.bulletin.model.Inline;
import org.safeguarding.bulletin.model.InlineText;

/**
 * Inline text as plain text: exactly the words, strong and emphasised text without marks, each
 * link's address written out after its text ("Report a concern (https://…)") unless the text is the
 * address, and hard line breaks as {@code \n}.
 */
final class InlineWriter implements Inline.Visitor<Void> {
  private final StringBuilder out = new StringBuilder();

  private InlineWriter() {}

  /** {@code text} as plain text, its links written out. */
  static String write(InlineText text) {
    InlineWriter writer = new InlineWriter();
    writer.all(text.inlines());
    return writer.out.toString();
  }

  /**
   * Where a link goes, as a reader would type or dial it: {@code tel:} and plain {@code mailto:}
   * addresses without their scheme, any other as written.
   */
  static String address(String target) {
    if (target.startsWith("tel:")) {
      return target.substring("tel:".length());
    }
    return target.startsWith("mailto:") && target.indexOf('?') < 0 ? target.substring("mailto:".length()) : target;
  }

  private void all(List<Inline> inlines) {
    inlines.forEach(inline -> inline.accept(this));
  }

  @Override
  public Void text(Inline.Text text) {
    out.append(text.text());
    return null;
  }

  @Override
  public Void strong(Inline.Strong strong) {
    all(strong.children());
    return null;
  }

  @Override
  public Void emphasis(Inline.Emphasis emphasis) {
    all(emphasis.children());
    return null;
  }

  @Override
  public Void link(Inline.Link link) {
    all(link.children());
    String words = Inline.plainText(link.children()).strip();
    String address = address(link.target());
    if (!words.equals(link.target()) && !words.equals(address)) {
      out.append(" (").append(address).append(')');
    }
    return null;
  }

  @Override
  public Void lineBreak(Inline.LineBreak lineBreak) {
    out.append('\n');
    return null;
  }
}
