package org.safeguarding.bulletin.render.pdf;

import org.safeguarding.bulletin.render.PageSize;

/** How tall a page is inside its margins, for the estimates of what fits on one. */
final class PageHeight {
  private static final double POINTS_A_MILLIMETRE = 72 / 25.4;

  private PageHeight() {}

  /**
   * The height of a {@code size} page less its top and bottom margins, {@code margins} millimetres
   * together, in points: 297mm for A4, 279.4mm for US Letter.
   */
  static double inside(PageSize size, double margins) {
    double height = switch (size) {
      case A4 -> 297;
      case LETTER -> 279.4;
    };
    return (height - margins) * POINTS_A_MILLIMETRE;
  }
}
