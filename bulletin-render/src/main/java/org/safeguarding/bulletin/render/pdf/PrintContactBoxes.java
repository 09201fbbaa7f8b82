package org.safeguarding.bulletin.render.pdf;

import java.util.List;
import org.jsoup.nodes.Element;
import org.safeguarding.bulletin.render.PageSize;

/**
 * Lets a contacts box that is taller than a page break between its rows of cards, without its frame.
 * The print style keeps a contacts box whole ({@code page-break-inside: avoid}), so that a small one
 * moves to the next page rather than leaving its frame empty at the foot of one; a box taller than
 * a page cannot move whole, so the engine left the section's heading alone on a page and broke the
 * box with its frame open at both ends (the engine has no {@code box-decoration-break}). Such a box
 * gets the class {@value #LONG}: no frame, and a break between rows, each card whole with its own
 * border.
 *
 * <p>The height is estimated from the cards' text, never under what is drawn (the test bulletins'
 * cards are drawn 136 to 266pt high, estimated 10 to 50pt higher): lines of
 * {@link #CHARACTERS_A_LINE} characters in a column of three, {@link #CHARACTERS_A_WIDE_LINE} in a
 * column of two (fewer than the print fonts set there), the sizes and spacing of the print style, a
 * QR code's row of 20 mm; the page is the one the PDF is set on, inside its margins (A4 774pt, US
 * Letter 724pt).
 */
final class PrintContactBoxes {
  /** The class of a contacts box that may break between rows: no frame in bulletin-print.css. */
  static final String LONG = "contacts--long";
  /** The print style's top and bottom page margins together (10mm and 14mm), millimetres. */
  static final double MARGINS = 24;
  /** Characters a line of a card holds at the least: about 142pt for 12pt words, three a row. */
  static final int CHARACTERS_A_LINE = 20;
  /** The same, two a row: about 223pt. */
  static final int CHARACTERS_A_WIDE_LINE = 32;
  /** Characters a line of the box holds at the least (its intro), about 480pt for 12pt words. */
  private static final int CHARACTERS_A_BOX_LINE = 70;
  /** A line of a 13pt name, line-height 1.45. */
  private static final double NAME_LINE = 13 * 1.45;
  /** A phone number's line: 2rem of 10.2pt, an emergency number 2.75rem, line-height 1.2. */
  private static final double NUMBER = 20.4 * 1.2;
  private static final double EMERGENCY_NUMBER = 28.05 * 1.2;
  /** The space under each detail (its website, its hours). */
  private static final double DETAIL_SPACE = 2;
  /** The "Emergency" flag: a line of words and its padding. */
  private static final double FLAG = PrintLines.LINE + 6;
  /** A QR code's row: 20mm and the 3pt above it. */
  private static final double QR_CODE = 56.7 + 3;
  /** A card's padding and borders (an emergency card's 3px), and the space between rows. */
  private static final double CARD = 2 * 8 + 2 * 2.25 + 6;
  /** The box's padding (8pt above, 3pt below) and its 3px borders. */
  private static final double BOX = 8 + 3 + 2 * 2.25;

  private PrintContactBoxes() {}

  /** Marks every contacts box of {@code page} estimated taller than a {@code size} page as {@value #LONG}. */
  static void mark(Element page, PageSize size) {
    double room = PageHeight.inside(size, MARGINS);
    for (Element box : page.select("div.contacts")) {
      if (height(box) > room) {
        box.addClass(LONG);
      }
    }
  }

  /** The estimated height of {@code box}, points: its intro and its rows, each as tall as its tallest card. */
  static double height(Element box) {
    double height = BOX;
    for (Element part : box.children()) {
      if (part.hasClass("contact-list")) {
        List<Element> cards = part.children().stream().filter(card -> card.hasClass("contact")).toList();
        boolean three = part.hasClass(PrintContactRows.THREE);
        int perRow = three ? 3 : 2;
        int characters = three ? CHARACTERS_A_LINE : CHARACTERS_A_WIDE_LINE;
        for (int start = 0; start < cards.size(); start += perRow) {
          height += cards.subList(start, Math.min(cards.size(), start + perRow)).stream()
              .mapToDouble(card -> cardHeight(card, characters)).max().orElse(0);
        }
      } else {
        height += PrintLines.count(part.text(), CHARACTERS_A_BOX_LINE) * PrintLines.LINE;
      }
    }
    return height;
  }

  /**
   * The estimated height of {@code card}, points, the space below it included, its lines holding
   * {@code characters} characters.
   */
  static double cardHeight(Element card, int characters) {
    double height = CARD;
    for (Element part : card.children()) {
      if (part.hasClass("contact__flag")) {
        height += FLAG;
      } else if (part.hasClass("contact__name")) {
        height += PrintLines.count(part.text(), characters) * NAME_LINE;
      } else if (part.hasClass("contact__phone")) {
        height += PrintLines.count(part.select(".phone__who").text(), characters) * PrintLines.LINE
            + (card.hasClass("contact--emergency") ? EMERGENCY_NUMBER : NUMBER);
      } else if (part.hasClass("contact__details")) {
        for (Element detail : part.children()) {
          height += PrintLines.count(detail.text(), characters) * PrintLines.LINE + DETAIL_SPACE;
        }
      } else if (part.hasClass("qr-codes")) {
        height += part.children().size() * QR_CODE;
      } else {
        height += PrintLines.count(part.text(), characters) * PrintLines.LINE;
      }
    }
    return height;
  }
}
