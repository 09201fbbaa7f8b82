package org.safeguarding.bulletin.model;

import java.util.Objects;

/**
 * A highlighted note, for example "In an emergency call 999".
 *
 * @param text the note
 * @param tone how strongly it asks for attention
 */
public record Callout(InlineText text, CalloutTone tone) implements Block {
  /** Checks that the text and tone are given. */
  public Callout {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(tone, "tone");
  }

  /** An informative callout. */
  public static Callout info(String text) {
    return new Callout(InlineText.parse(text), CalloutTone.INFO);
  }

  /** An urgent callout. */
  public static Callout urgent(String text) {
    return new Callout(InlineText.parse(text), CalloutTone.URGENT);
  }

  @Override
  public String type() {
    return "callout";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.callout(this);
  }
}
