package org.safeguarding.bulletin.render.docx;

import java.util.Locale;
import org.safeguarding.bulletin.render.ColourRole;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.render.pictogram.PictogramSet;

/**
 * The choices of an {@link EasyReadDocxRenderer}, shared by the classes that write each part.
 *
 * @param font the font family for all text
 * @param bodySize the body text size in points
 * @param options the options shared by every renderer: pictures, words, colours, paper, dates
 */
record DocxSettings(String font, int bodySize, RenderOptions options) {
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

  /** Whether each web link has a QR code under it. */
  boolean qrCodes() {
    return options.qrCodes();
  }

  /** The pictures. */
  PictogramSet pictograms() {
    return options.pictograms();
  }

  /** The colour of {@code role} in the theme's document palette, as Word writes it: {@code 12263F}. */
  String colour(ColourRole role) {
    return options.theme().document().colour(role).substring(1).toUpperCase(Locale.ROOT);
  }

  /** The page's width, in twips. */
  int pageWidth() {
    return switch (options.pageSize()) {
      case A4 -> Units.A4_WIDTH;
      case LETTER -> Units.LETTER_WIDTH;
    };
  }

  /** The page's height, in twips. */
  int pageHeight() {
    return switch (options.pageSize()) {
      case A4 -> Units.A4_HEIGHT;
      case LETTER -> Units.LETTER_HEIGHT;
    };
  }

  /** The width of the text between the margins, in twips. */
  int textWidth() {
    return pageWidth() - 2 * Units.MARGIN;
  }
}
