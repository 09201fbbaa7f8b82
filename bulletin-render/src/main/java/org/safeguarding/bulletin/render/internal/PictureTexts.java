package org.safeguarding.bulletin.render.internal;

import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.render.pictogram.Picture;
import org.safeguarding.bulletin.render.pictogram.PictogramSet;

/** The text that stands in for a picture of a caller's {@link PictogramSet}. */
public final class PictureTexts {
  private PictureTexts() {}

  /**
   * The alt text of {@code pictogram} in {@code set}: {@code libraryText} (the library's words, in
   * the bulletin's language) where the set shows the built-in picture, the caller's own alt text where
   * it shows the caller's.
   */
  public static String altText(PictogramSet set, Pictogram pictogram, String libraryText) {
    Picture picture = set.picture(pictogram);
    return picture.equals(PictogramSet.builtIn().picture(pictogram)) ? libraryText : picture.altText();
  }
}
