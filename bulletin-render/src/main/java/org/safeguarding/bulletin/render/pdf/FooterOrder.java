package org.safeguarding.bulletin.render.pdf;

import com.ibm.icu.text.Bidi;

/**
 * How the page footer's text is given to the PDF engine, which draws the text of the page margins
 * (the running title, "Page 1 of 4") without its bidi support, one character after another from
 * the left. On a page with right-to-left text, the footer's text is given joined ({@link
 * ArabicShaper}) and in the order it is to be drawn, by ICU4J's Bidirectional Algorithm; on a page
 * written right to left, the title goes to the right-hand corner and the page number to the left.
 *
 * @param reorder whether the page has right-to-left text, so that the footer is reordered
 * @param rightToLeft whether the page is written right to left
 */
record FooterOrder(boolean reorder, boolean rightToLeft) {
  /** A page with no right-to-left text: the footer as it is. */
  static final FooterOrder AS_IS = new FooterOrder(false, false);

  /** {@code logical}, joined and in the order it is drawn, left to right. */
  String visual(String logical) {
    if (!reorder) {
      return logical;
    }
    Bidi bidi = new Bidi(ArabicShaper.shape(logical), rightToLeft ? Bidi.RTL : Bidi.LTR);
    return bidi.writeReordered(Bidi.DO_MIRRORING);
  }
}
