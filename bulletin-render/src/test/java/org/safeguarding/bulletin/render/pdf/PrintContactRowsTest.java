package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/** Three contacts a row where the numbers fit, else two as before. */
class PrintContactRowsTest {
  private static final List<PdfFontFamily> FONTS = List.of(PdfFontFamily.atkinsonHyperlegibleNext(),
      PdfFontFamily.notoNaskhArabic(), PdfFontFamily.dejaVuSans());

  @Test
  void measuresANumberInTheBoldFaceOfTheFirstFamilyThatHasItsCharacters() {
    double ems = contactRows(FONTS).ems("0300 555 0050");
    // Atkinson Hyperlegible Next Bold: 7.606em, and 0.02em of letter spacing a character.
    assertThat(ems).isCloseTo(7.606 + 13 * 0.02, org.assertj.core.data.Offset.offset(0.01));
    // DejaVu Sans Bold's digits are wider: a page in it is measured in it.
    assertThat(contactRows(List.of(PdfFontFamily.dejaVuSans())).ems("0300 555 0050")).isGreaterThan(ems + 0.5);
  }

  @Test
  void setsAShortEmergencyNumberAndTwoLongOnesThreeARow() {
    Document page = page("999", "0300 555 0050", "0300 555 0055", "111");

    PrintContactRows.add(page, FONTS);

    assertThat(page.selectFirst("ul").hasClass(PrintContactRows.THREE)).isTrue();
    List<String> widths = page.select("li").eachAttr("style");
    assertThat(widths).hasSize(4);
    double emergency = percent(widths.get(0));
    double other = percent(widths.get(1));
    assertThat(emergency).isLessThan(other);
    assertThat(percent(widths.get(2))).isCloseTo(other, org.assertj.core.data.Offset.offset(0.5));
    // The fourth card (a short number) starts the next row, in the first column.
    assertThat(percent(widths.get(3))).isEqualTo(emergency);
    assertThat(emergency + other + percent(widths.get(2)) + 2 * 100 * PrintContactRows.GAP).isLessThanOrEqualTo(100);
    // Each long number fits its column: 160pt of "0300 555 0050" and the card's 17.5pt.
    assertThat(other / 100 * PrintContactRows.INNER).isGreaterThanOrEqualTo(160.5 + 17.5);
  }

  @Test
  void leavesContactsTwoARowWhereThreeNumbersDoNotFit() {
    // The emergency number at 28pt in the first column leaves too little for two 20pt ones.
    Document page = page("0121 626 8000", "0300 555 0050", "0300 555 0055");

    PrintContactRows.add(page, FONTS);

    assertThat(page.selectFirst("ul").hasClass(PrintContactRows.THREE)).isFalse();
    assertThat(page.select("li[style]")).isEmpty();
  }

  @Test
  void leavesTwoContactsAsTheyAre() {
    Document page = page("999", "0300 555 0050");

    PrintContactRows.add(page, FONTS);

    assertThat(page.selectFirst("ul").classNames()).containsExactly("contact-list");
  }

  /** A contacts list, the first contact an emergency one, with these numbers. */
  private static Document page(String... numbers) {
    StringBuilder html = new StringBuilder("<ul class=\"contact-list\">");
    for (int i = 0; i < numbers.length; i++) {
      html.append("<li class=\"contact").append(i == 0 ? " contact--emergency" : "").append("\"><h3 class=\"contact__name\">")
          .append("Contact ").append(i).append("</h3><p class=\"contact__phone\"><a class=\"phone\"><span class=\"phone__number\">")
          .append(numbers[i]).append("</span></a></p></li>");
    }
    return Jsoup.parse(html.append("</ul>").toString());
  }

  private static double percent(String style) {
    return Double.parseDouble(style.replace("width: ", "").replace("%", ""));
  }

  private static PrintContactRows contactRows(List<PdfFontFamily> fonts) {
    return PrintContactRows.of(fonts);
  }
}
