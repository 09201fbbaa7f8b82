package org.safeguarding.bulletin.render.pdf;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Sets a contacts box three a row where every phone number fits. The print style sheet floats
 * contacts two a row; a list of three or more whose columns can each hold their widest phone number
 * (20pt, an emergency number 28pt) and some words gets the class {@code contact-list--three}, and
 * each card a width in its style: the columns as wide as their widest number, the space left shared
 * out. A narrow emergency number (999) so leaves room for two long ones ("0300 555 0050") beside it.
 *
 * <p>A number's width is reckoned from the bold face of the first font family that has each of its
 * characters, so it is the width drawn (a character that no family has counts as 1em); the box's
 * width is that of A4 paper, the narrower of the two sizes, less the box's border and padding.
 */
final class PrintContactRows {
  /** The class that bulletin-print.css sets three contacts a row by. */
  static final String THREE = "contact-list--three";
  /** The width inside the contacts box on A4, points: 178mm less a 2.25pt border and 8pt padding each side. */
  static final double INNER = 504.57 - 2 * (2.25 + 8);
  /** The space between two cards, a share of the box's width (as in bulletin-print.css). */
  static final double GAP = 0.015;
  /** The least width a card's words have, points: "Emergency" on its flag, a name of 13pt. */
  static final double WORDS = 84;
  /** A card's padding (8pt each side) and its borders: 1px, an emergency contact's 3px. */
  private static final double CARD = 2 * 8 + 2 * 0.75;
  private static final double EMERGENCY_CARD = 2 * 8 + 2 * 2.25;
  /** The phone numbers' sizes: 2rem and 2.75rem of 10.2pt, and their letter spacing (0.02em). */
  private static final double NUMBER = 20.4;
  private static final double EMERGENCY_NUMBER = 28.05;
  private static final double LETTER_SPACING = 0.02;

  private final List<PdfFontFamily> fonts;

  private PrintContactRows(List<PdfFontFamily> fonts) {
    this.fonts = fonts;
  }

  /** Contact rows whose numbers are measured in {@code fonts}, first choice first. */
  static PrintContactRows of(List<PdfFontFamily> fonts) {
    return new PrintContactRows(List.copyOf(fonts));
  }

  /** Sets every contacts list of {@code page} three a row if its numbers fit, measured in {@code fonts}. */
  static void add(Element page, List<PdfFontFamily> fonts) {
    PrintContactRows rows = of(fonts);
    for (Element list : page.select("ul.contact-list")) {
      rows.layOut(list);
    }
  }

  private void layOut(Element list) {
    List<Element> cards = list.children().stream().filter(card -> card.hasClass("contact")).toList();
    if (cards.size() < 3) {
      return;
    }
    double[] columns = new double[3];
    for (int i = 0; i < cards.size(); i++) {
      columns[i % 3] = Math.max(columns[i % 3], width(cards.get(i)));
    }
    double cards3 = INNER * (1 - 2 * GAP);
    double spare = (cards3 - columns[0] - columns[1] - columns[2]) / 3;
    if (spare < 0) {
      return;
    }
    list.addClass(THREE);
    for (int i = 0; i < cards.size(); i++) {
      // Rounded down, so that three cards never add up to more than the row and wrap.
      double percent = Math.floor((columns[i % 3] + spare) / INNER * 1000) / 10;
      cards.get(i).attr("style", String.format(Locale.ROOT, "width: %.1f%%", percent));
    }
  }

  /** The least width of {@code card}, points, its padding and borders included. */
  double width(Element card) {
    boolean emergency = card.hasClass("contact--emergency");
    double size = emergency ? EMERGENCY_NUMBER : NUMBER;
    double words = WORDS;
    for (Element number : card.select(".phone__number")) {
      words = Math.max(words, ems(number.text()) * size);
    }
    return words + (emergency ? EMERGENCY_CARD : CARD);
  }

  /** The width of {@code number} in em, its letter spacing included. */
  double ems(String number) {
    double ems = 0;
    for (int codePoint : number.codePoints().toArray()) {
      ems += advance(codePoint) + LETTER_SPACING;
    }
    return ems;
  }

  /** The bold advance of {@code codePoint} in the first family that has it, or 1em. */
  private double advance(int codePoint) {
    for (PdfFontFamily family : fonts) {
      if (family.covers(FontFace.BOLD, codePoint)) {
        float advance = family.boldAdvance(codePoint);
        return advance > 0 ? advance : 1;
      }
    }
    return 1;
  }
}
