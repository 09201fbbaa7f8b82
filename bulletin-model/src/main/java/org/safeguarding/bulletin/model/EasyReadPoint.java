package org.safeguarding.bulletin.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One short sentence of a section's Easy Read version, with an optional picture beside it.
 *
 * @param text one short sentence
 * @param pictogram the picture shown on its left, or {@code null} for the section's own
 */
public record EasyReadPoint(InlineText text, @Nullable Pictogram pictogram) {
  /** Checks that the text is given. */
  public EasyReadPoint {
    Objects.requireNonNull(text, "text");
  }

  /** A point made from inline text, with a picture. */
  public static EasyReadPoint of(String text, @Nullable Pictogram pictogram) {
    return new EasyReadPoint(InlineText.parse(text), pictogram);
  }
}
