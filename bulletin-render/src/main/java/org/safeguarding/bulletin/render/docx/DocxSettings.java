package org.safeguarding.bulletin.render.docx;

import org.safeguarding.bulletin.render.pictogram.PictogramSet;
import org.safeguarding.bulletin.wording.Wordings;

/**
 * The choices of an {@link EasyReadDocxRenderer}, shared by the classes that write each part.
 *
 * @param font the font family for all text
 * @param bodySize the body text size in points
 * @param pictograms the pictures
 * @param wordings the library's own words, by language
 * @param qrCodes whether each web link has a QR code under it
 */
record DocxSettings(String font, int bodySize, PictogramSet pictograms, Wordings wordings, boolean qrCodes) {
  /** Headings of the document's title, in points. */
  int titleSize() {
    return bodySize * 2;
  }

  /** Headings of sections and pages, in points. */
  int headingSize() {
    return bodySize + 8;
  }

  /** Phone numbers on the contacts page, in points. */
  int numberSize() {
    return bodySize + 8;
  }
}
