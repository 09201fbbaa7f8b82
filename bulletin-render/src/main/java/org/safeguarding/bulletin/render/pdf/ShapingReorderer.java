package org.safeguarding.bulletin.render.pdf;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.Normalizer2;
import com.openhtmltopdf.bidi.BidiReorderer;

/**
 * What the PDF engine asks of a right-to-left run: its letters joined ({@link ArabicShaper}), before
 * it is measured, and its characters reversed into the order they are drawn in, left to right, with
 * brackets mirrored. A mark (such as a tanwin) is reversed with the rest, so that it is drawn just
 * before its letter: the font's marks take no width and are drawn to the right of where they start,
 * over the letter drawn next, as a font for right-to-left text is made to be drawn without mark
 * positioning. Marks of no width are added first, so that poppler reads the run in logical order
 * ({@link ReadingOrderMarks}).
 */
final class ShapingReorderer implements BidiReorderer {
  static final ShapingReorderer INSTANCE = new ShapingReorderer();

  private ShapingReorderer() {}

  @Override
  public String reorderRTLTextToLTR(String text) {
    return Bidi.writeReverse(ReadingOrderMarks.mark(text), Bidi.DO_MIRRORING);
  }

  @Override
  public String shapeText(String text) {
    return ArabicShaper.shape(text);
  }

  /** A presentation form (or ligature) back to its letters, for a font that lacks the form. */
  @Override
  public String deshapeText(String text) {
    return Normalizer2.getNFKCInstance().normalize(text);
  }

  @Override
  public boolean isLiveImplementation() {
    return true;
  }
}
