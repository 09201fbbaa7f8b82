package org.safeguarding.bulletin.internal.pictures;

import java.util.List;
import java.util.Objects;
import org.safeguarding.bulletin.model.Pictogram;

/**
 * The picture chosen for an Easy Read point that names none.
 *
 * @param pictogram the picture
 * @param words the point's words that chose it, as they are written in it; empty when none did and
 *     the picture is the section's (or the library's fallback)
 */
public record PictureChoice(Pictogram pictogram, List<String> words) {
  /** Copies the words. */
  public PictureChoice {
    Objects.requireNonNull(pictogram, "pictogram");
    words = List.copyOf(words);
  }

  /** Whether the point's words chose the picture (otherwise it is the section's). */
  public boolean byWords() {
    return !words.isEmpty();
  }
}
