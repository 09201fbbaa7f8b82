package org.safeguarding.bulletin.render.docx;

import org.jspecify.annotations.Nullable;

/**
 * How one paragraph is set: its style, whether it keeps with the next or starts a page, and the
 * space before and after it (twips; none: the style's). Written as the paragraph's properties, in
 * the order the WordprocessingML schema gives them (ECMA-376 Part 1, 17.3.1.26).
 *
 * @param style the paragraph style's id, or none for the default one
 * @param keepNext whether it stays on the page of the paragraph after it
 * @param pageBreakBefore whether it starts a new page
 * @param spaceBefore the space before it, or none
 * @param spaceAfter the space after it, or none
 * @param centred whether it is centred
 */
record ParagraphFormat(@Nullable String style, boolean keepNext, boolean pageBreakBefore,
    @Nullable Integer spaceBefore, @Nullable Integer spaceAfter, boolean centred) {

  /** A paragraph of the default style, as it is. */
  static final ParagraphFormat PLAIN = new ParagraphFormat(null, false, false, null, null, false);

  /** A paragraph of the default style with {@code twips} after it. */
  static ParagraphFormat spaceAfter(int twips) {
    return PLAIN.withSpaceAfter(twips);
  }

  /** A paragraph of style {@code style}, on a new page if {@code newPage}. */
  static ParagraphFormat styled(String style, boolean newPage) {
    return new ParagraphFormat(style, false, newPage, null, null, false);
  }

  /** This format with {@code twips} before the paragraph. */
  ParagraphFormat withSpaceBefore(int twips) {
    return new ParagraphFormat(style, keepNext, pageBreakBefore, twips, spaceAfter, centred);
  }

  /** This format with {@code twips} after the paragraph. */
  ParagraphFormat withSpaceAfter(int twips) {
    return new ParagraphFormat(style, keepNext, pageBreakBefore, spaceBefore, twips, centred);
  }

  /** This format, keeping the paragraph with the next. */
  ParagraphFormat keptWithNext() {
    return new ParagraphFormat(style, true, pageBreakBefore, spaceBefore, spaceAfter, centred);
  }

  /** This format, centred. */
  ParagraphFormat centre() {
    return new ParagraphFormat(style, keepNext, pageBreakBefore, spaceBefore, spaceAfter, true);
  }

  /**
   * Writes the paragraph's properties ({@code w:pPr}), if it has any; {@code rightToLeft} marks
   * the paragraph as reading right to left ({@code w:bidi}).
   */
  void write(WordXml xml, boolean rightToLeft) {
    boolean spacing = spaceBefore != null || spaceAfter != null;
    if (style == null && !keepNext && !pageBreakBefore && !rightToLeft && !spacing && !centred) {
      return;
    }
    xml.start("w:pPr");
    if (style != null) {
      xml.empty("w:pStyle", "w:val", style);
    }
    if (keepNext) {
      xml.empty("w:keepNext", "w:val", "on");
    }
    if (pageBreakBefore) {
      xml.empty("w:pageBreakBefore", "w:val", "on");
    }
    if (rightToLeft) {
      xml.empty("w:bidi");
    }
    if (spacing) {
      xml.empty("w:spacing");
      if (spaceBefore != null) {
        xml.attribute("w:before", spaceBefore);
      }
      if (spaceAfter != null) {
        xml.attribute("w:after", spaceAfter);
      }
    }
    if (centred) {
      xml.empty("w:jc", "w:val", "center");
    }
    xml.end();
  }
}
