package org.safeguarding.bulletin.render.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes a right-to-left print page so that the engine, which sets two things left to right
 * whatever the page's direction, draws them as the HTML page does:
 *
 * <ul>
 *   <li>The colon after each label (a contact's "Website", a glossary's term), which a
 *       left-to-right page has from the print style ({@code dt::after}): the engine sets generated
 *       content left to right, so on a right-to-left line the colon stood against the address and
 *       the space against the label. Written into the label's text, it takes the label's direction
 *       by the Unicode Bidirectional Algorithm.
 *   <li>The header band's two table cells, the text and the logo: the engine sets a table's cells
 *       left to right, so the logo comes first, on the left (the end of the line), and the text
 *       second, on the right. The logo is then tagged before the header's text (floated, as it
 *       was, it was tagged after the whole document).
 * </ul>
 */
final class PrintRightToLeft {
  /** The labels that bulletin-print.css follows with ": " on a left-to-right page. */
  private static final String LABELS = ".contact__details dt, .glossary__entry dt";

  private PrintRightToLeft() {}

  /** Does both to {@code page}, if it is written right to left; leaves any other page as it is. */
  static void adapt(Document page) {
    if (!"rtl".equals(page.child(0).attr("dir"))) {
      return;
    }
    for (Element label : page.body().select(LABELS)) {
      label.appendText(": ");
    }
    Element logo = page.body().selectFirst(".masthead__logo");
    if (logo != null) {
      logo.parent().prependChild(logo);
    }
  }
}
