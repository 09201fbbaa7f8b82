package org.safeguarding.bulletin.render.docx;

import java.math.BigInteger;
import java.util.function.Consumer;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.render.internal.PictureTexts;
import org.safeguarding.bulletin.render.pictogram.Picture;

/**
 * A layout table of Easy Read rows: in each, a picture on the left and its words on the right.
 *
 * <p>The table is marked as a layout table in its alt text ({@code w:tblCaption} and {@code
 * w:tblDescription}), uses the default "Normal Table" style, has no borders, no header row and no
 * merged cells, and reads row by row. Rows do not break across pages, but a table does, between rows.
 */
final class PictureRows {
  static final String CAPTION = "Layout table";
  static final String DESCRIPTION =
      "Layout table: each row has a picture on the left and what it means on the right.";

  private final EasyReadDocument document;
  private final XWPFTable table;
  private boolean used;

  private PictureRows(EasyReadDocument document, XWPFTable table) {
    this.document = document;
    this.table = table;
  }

  /** Starts a layout table at the end of the body. */
  static PictureRows start(EasyReadDocument document) {
    XWPFTable table = document.doc().createTable(1, 2);
    table.removeBorders();
    table.setCellMargins(Units.CELL_MARGIN, Units.CELL_MARGIN, Units.CELL_MARGIN, Units.CELL_MARGIN);
    CTTbl ct = table.getCTTbl();
    CTTblPr properties = ct.getTblPr();
    properties.addNewTblCaption().setVal(CAPTION);
    properties.addNewTblDescription().setVal(DESCRIPTION);
    CTTblLayoutType layout = properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    if (document.bulletin().rightToLeft()) {
      properties.addNewBidiVisual();
    }
    int width = document.settings().textWidth();
    table.setWidth(Integer.toString(width));
    table.setWidthType(TableWidthType.DXA);
    CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    grid.addNewGridCol().setW(BigInteger.valueOf(Units.PICTURE_COLUMN));
    grid.addNewGridCol().setW(BigInteger.valueOf(width - Units.PICTURE_COLUMN));
    return new PictureRows(document, table);
  }

  /**
   * Adds a row with {@code pictogram}'s picture on the left, with its alt text in the bulletin's
   * language (or the caller's, for a caller's picture); {@code words} writes the right-hand cell,
   * which then gets the QR codes of its web links ({@link DocxQrCodes}).
   */
  void row(Pictogram pictogram, Consumer<XWPFTableCell> words) {
    Picture picture = document.settings().pictograms().picture(pictogram);
    String altText = PictureTexts.altText(document.settings().pictograms(), pictogram,
        document.model().altText(pictogram));
    XWPFTableRow row = used ? table.createRow() : table.getRow(0);
    used = true;
    row.setCantSplitRow(true);
    XWPFTableCell left = cell(row, 0, Units.PICTURE_COLUMN);
    XWPFTableCell right = cell(row, 1, document.settings().textWidth() - Units.PICTURE_COLUMN);
    XWPFParagraph holder = document.paragraph(left);
    holder.setSpacingAfter(0);
    document.pictures().place(holder.createRun(), picture, altText);
    words.accept(right);
    DocxQrCodes.add(document, right);
  }

  private static XWPFTableCell cell(XWPFTableRow row, int index, int width) {
    XWPFTableCell cell = row.getCell(index);
    CTTc ct = cell.getCTTc();
    CTTcPr properties = ct.isSetTcPr() ? ct.getTcPr() : ct.addNewTcPr();
    // Set directly: XWPFTableCell.setWidth compiles a regular expression on every call.
    CTTblWidth cellWidth = properties.isSetTcW() ? properties.getTcW() : properties.addNewTcW();
    cellWidth.setW(BigInteger.valueOf(width));
    cellWidth.setType(STTblWidth.DXA);
    properties.addNewVAlign().setVal(STVerticalJc.CENTER);
    return cell;
  }
}
