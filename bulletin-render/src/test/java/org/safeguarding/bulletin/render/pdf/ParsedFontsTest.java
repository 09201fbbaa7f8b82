package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.fontbox.ttf.TrueTypeFont;
import org.junit.jupiter.api.Test;

class ParsedFontsTest {
  private final PdfFontFamily family = PdfFontFamily.atkinsonHyperlegibleNext();
  private final ParsedFonts fonts = new ParsedFonts();

  @Test
  void lendsAParsedFaceAgainOnceItIsGivenBack() {
    TrueTypeFont first;
    try (ParsedFonts.Loan loan = fonts.loan()) {
      first = loan.borrow(family, FontFace.BOLD);
    }
    try (ParsedFonts.Loan loan = fonts.loan()) {
      assertThat(loan.borrow(family, FontFace.BOLD)).isSameAs(first);
      assertThat(loan.borrow(family, FontFace.REGULAR)).isNotSameAs(first);
    }
  }

  @Test
  void neverLendsOneParsedFaceToTwoDocumentsAtOnce() {
    try (ParsedFonts.Loan one = fonts.loan(); ParsedFonts.Loan two = fonts.loan()) {
      assertThat(one.borrow(family, FontFace.REGULAR)).isNotSameAs(two.borrow(family, FontFace.REGULAR));
    }
  }
}
