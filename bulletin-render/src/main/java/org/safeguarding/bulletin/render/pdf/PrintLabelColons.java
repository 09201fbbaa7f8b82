package org.safeguarding.bulletin.render.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes the colon after each label of a right-to-left print page (a contact's "Website", a
 * glossary's term) into the label's text, where a left-to-right page has it from the print style
 * ({@code dt::after}). The engine sets generated content left to right whatever the page's
 * direction, so on a right-to-left line the colon and its space stood on the wrong sides, the colon
 * against the address and the space against the label; as text, the Unicode Bidirectional
 * Algorithm gives them the label's direction, and the colon follows the label as it does in the
 * HTML page.
 */
final class PrintLabelColons {
  /** The labels that bulletin-print.css follows with ": " on a left-to-right page. */
  private static final String LABELS = ".contact__details dt, .glossary__entry dt";

  private PrintLabelColons() {}

  /** Ends each label of {@code page} with ": ", if the page is written right to left. */
  static void add(Document page) {
    if ("rtl".equals(page.child(0).attr("dir"))) {
      for (Element label : page.body().select(LABELS)) {
        label.appendText(": ");
      }
    }
  }
}
