package org.safeguarding.bulletin.render.internal;

import java.util.List;
import java.util.Objects;
import org.safeguarding.bulletin.model.Inline;
import org.safeguarding.bulletin.model.Pictogram;

/**
 * One line of an Easy Read document as shown: a short sentence and the picture on its left.
 *
 * @param text the sentence, with its markup
 * @param pictogram the picture shown beside it (never missing: see {@link EasyReadPoints})
 */
public record EasyReadPoint(List<Inline> text, Pictogram pictogram) {
  /** Copies the text. */
  public EasyReadPoint {
    text = List.copyOf(Objects.requireNonNull(text, "text"));
    Objects.requireNonNull(pictogram, "pictogram");
  }

  /** The sentence without markup. */
  public String plainText() {
    return Inline.plainText(text);
  }
}
