package org.safeguarding.bulletin.render.pdf;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Keeps each row of the print page's risk cards whole on a page. The cards float three a row (see
 * bulletin-print.css); the engine ignores {@code page-break-inside: avoid} on a float at the foot of
 * a page but honours {@code -fs-page-break-min-height}, so every card of a row is given, in its
 * {@code style}, the height of the row's tallest card as estimated here: a row that starts with
 * less than that left moves to the next page whole, and a row of short cards no longer leaves the
 * space of a tall one empty at the foot of a page.
 *
 * <p>The estimate is never under the height drawn on A4 or Letter paper: each line of text is taken
 * to hold {@link #CHARACTERS_A_LINE} characters, fewer than the card's width holds in the print
 * fonts (about 142pt for words of 12pt, whose letters average about 0.5em, 6pt), a word longer than
 * a line takes the lines it needs, and the spacing is the print style's.
 */
final class PrintRiskRows {
  /** Cards a row, as the print style sheet floats them. */
  static final int CARDS_A_ROW = 3;
  /** Characters a line of a card holds at the least (its words at 12pt in about 142pt). */
  static final int CHARACTERS_A_LINE = 20;
  /** An item of a card's list is indented by 1.25rem (8.9pt on paper), under two characters. */
  private static final int ITEM_INDENT = 2;
  /**
   * The card's padding (0.75rem above and below, at the print style's 0.7 of the screen's spacing),
   * its borders and the 3pt between rows.
   */
  private static final double FRAME = 2 * 0.75 * 10.2 * 0.7 + 2 * 0.75 + 3;
  /** The space above a description or an includes label (0.35rem), and below the label (0.2rem). */
  private static final double ABOVE = 0.35 * 10.2 * 0.7;
  private static final double BELOW_LABEL = 0.2 * 10.2 * 0.7;

  private PrintRiskRows() {}

  /** Gives each card of every risk list on {@code page} its row's height to keep on one page. */
  static void add(Element page) {
    for (Element list : page.select("ul.risk-list")) {
      List<Element> cards = list.children().stream().filter(card -> card.hasClass("risk")).toList();
      for (int start = 0; start < cards.size(); start += CARDS_A_ROW) {
        List<Element> row = cards.subList(start, Math.min(cards.size(), start + CARDS_A_ROW));
        double height = row.stream().mapToDouble(PrintRiskRows::height).max().orElse(0);
        String style = String.format(Locale.ROOT, "-fs-page-break-min-height: %.0fpt", Math.ceil(height));
        row.forEach(card -> card.attr("style", style));
      }
    }
  }

  /** The estimated height of {@code card} on paper, in points, the space below it included. */
  static double height(Element card) {
    double height = FRAME;
    for (Element part : card.children()) {
      if (part.hasClass("risk__name")) {
        height += PrintLines.count(part.text(), CHARACTERS_A_LINE) * PrintLines.LINE;
      } else if (part.hasClass("risk__includes-label")) {
        height += ABOVE + PrintLines.count(part.text(), CHARACTERS_A_LINE) * PrintLines.LINE + BELOW_LABEL;
      } else if (part.hasClass("risk__includes")) {
        for (Element item : part.children()) {
          height += PrintLines.count(item.text(), CHARACTERS_A_LINE - ITEM_INDENT) * PrintLines.LINE;
        }
      } else {
        height += ABOVE + PrintLines.count(part.text(), CHARACTERS_A_LINE) * PrintLines.LINE;
      }
    }
    return height;
  }
}
