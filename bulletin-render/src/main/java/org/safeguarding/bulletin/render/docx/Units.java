package org.safeguarding.bulletin.render.docx;

/** Page measurements of the Easy Read layout, in the units Word uses. */
final class Units {
  /** Twentieths of a point in a centimetre. */
  static final int TWIPS_PER_CM = 567;

  /** English Metric Units in a centimetre. */
  static final int EMU_PER_CM = 360_000;

  /** A4 width and height, in twips. */
  static final int A4_WIDTH = 11_906;

  static final int A4_HEIGHT = 16_838;

  /** US Letter width and height, in twips. */
  static final int LETTER_WIDTH = 12_240;

  static final int LETTER_HEIGHT = 15_840;

  /** The margin on every side, in twips. */
  static final int MARGIN = 2 * TWIPS_PER_CM;

  /** The picture column of a layout table, in twips: room for a 3 cm picture and cell margins. */
  static final int PICTURE_COLUMN = 3 * TWIPS_PER_CM + 2 * Units.CELL_MARGIN + 57;

  /** The space inside each table cell, in twips. */
  static final int CELL_MARGIN = 113;

  /** A picture's width and height, in EMU: 3 cm. */
  static final int PICTURE_SIZE = 3 * EMU_PER_CM;

  /** Paragraph spacing after body text, and line spacing (240 is single), in twips. */
  static final int SPACE_AFTER = 160;

  static final int LINE_SPACING = 360;

  private Units() {}
}
