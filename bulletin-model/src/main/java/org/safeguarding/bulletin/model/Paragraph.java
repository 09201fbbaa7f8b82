package org.safeguarding.bulletin.model;

import java.util.Objects;

/**
 * One paragraph of inline text.
 *
 * @param text the paragraph's text
 */
public record Paragraph(InlineText text) implements Block {
  /** Checks that the text is given. */
  public Paragraph {
    Objects.requireNonNull(text, "text");
  }

  /** A paragraph parsed from inline text. */
  public static Paragraph of(String text) {
    return new Paragraph(InlineText.parse(text));
  }

  @Override
  public String type() {
    return "paragraph";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.paragraph(this);
  }
}
