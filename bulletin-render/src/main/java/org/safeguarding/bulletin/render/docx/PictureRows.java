package org.safeguarding.bulletin.render.docx;

import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.render.internal.PictureTexts;
import org.safeguarding.bulletin.render.pictogram.Picture;

/**
 * A layout table of Easy Read rows: in each, a picture on the left and its words on the right.
 *
 * <p>The table is marked as a layout table in its alt text ({@code w:tblCaption} and {@code
 * w:tblDescription}), uses the default "Normal Table" style, has no borders, no header row and no
 * merged cells, and reads row by row. Rows do not break across pages, but a table does, between
 * rows. The table is written with its first row, so a table without rows is not written at all;
 * {@link EasyReadDocument} ends it when something else follows.
 */
final class PictureRows {
  static final String CAPTION = "Layout table";
  static final String DESCRIPTION =
      "Layout table: each row has a picture on the left and what it means on the right.";

  private final EasyReadDocument document;
  private boolean started;
  private boolean inRow;

  /** A layout table at the end of {@code document}'s body: see {@link EasyReadDocument#table()}. */
  PictureRows(EasyReadDocument document) {
    this.document = document;
  }

  /** Whether a row's cells are being written. */
  boolean inRow() {
    return inRow;
  }

  /**
   * Adds a row with {@code pictogram}'s picture on the left, with its alt text in the bulletin's
   * language (or the caller's, for a caller's picture); {@code words} writes the right-hand cell's
   * paragraphs, which then get the QR codes of its web links ({@link DocxQrCodes}).
   *
   * @throws IllegalStateException if something else has been written after the table
   */
  void row(Pictogram pictogram, Runnable words) {
    if (!document.isOpen(this)) {
      throw new IllegalStateException("a row added to a table that has ended");
    }
    WordXml xml = document.body();
    if (!started) {
      begin(xml);
    }
    Picture picture = document.settings().pictograms().picture(pictogram);
    String altText = PictureTexts.altText(document.settings().pictograms(), pictogram,
        document.model().altText(pictogram));
    inRow = true;
    xml.start("w:tr").start("w:trPr").empty("w:cantSplit", "w:val", "on").end();
    cell(xml, Units.PICTURE_COLUMN);
    document.paragraph(ParagraphFormat.spaceAfter(0), () -> document.pictures().place(picture, altText));
    xml.end();
    cell(xml, document.settings().textWidth() - Units.PICTURE_COLUMN);
    document.startCell();
    words.run();
    DocxQrCodes.add(document);
    xml.end().end();
    inRow = false;
  }

  /** Ends the table, if a row of it was written. */
  void end() {
    if (started) {
      document.body().end();
    }
  }

  /** The table's properties and its two columns. */
  private void begin(WordXml xml) {
    started = true;
    int width = document.settings().textWidth();
    xml.start("w:tbl").start("w:tblPr");
    if (document.bulletin().rightToLeft()) {
      xml.empty("w:bidiVisual");
    }
    xml.empty("w:tblW").attribute("w:w", width).attribute("w:type", "dxa");
    xml.empty("w:tblLayout", "w:type", "fixed");
    xml.start("w:tblCellMar");
    for (String side : new String[] {"w:top", "w:left", "w:bottom", "w:right"}) {
      xml.empty(side).attribute("w:type", "dxa").attribute("w:w", Units.CELL_MARGIN);
    }
    xml.end();
    xml.empty("w:tblCaption", "w:val", CAPTION);
    xml.empty("w:tblDescription", "w:val", DESCRIPTION);
    xml.end();
    xml.start("w:tblGrid");
    xml.empty("w:gridCol", "w:w", Integer.toString(Units.PICTURE_COLUMN));
    xml.empty("w:gridCol", "w:w", Integer.toString(width - Units.PICTURE_COLUMN));
    xml.end();
  }

  /** Starts a cell {@code width} twips wide, its content centred from top to bottom. */
  private static void cell(WordXml xml, int width) {
    xml.start("w:tc").start("w:tcPr");
    xml.empty("w:tcW").attribute("w:w", width).attribute("w:type", "dxa");
    xml.empty("w:vAlign", "w:val", "center");
    xml.end();
  }
}
