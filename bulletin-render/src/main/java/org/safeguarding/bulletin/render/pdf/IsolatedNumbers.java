package org.safeguarding.bulletin.render.pdf;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Keeps each number of several groups ("0808 800 5000", "١٢ ٣٤") in one piece, read left to right,
 * in the text of a page with right-to-left text. By the Unicode Bidirectional Algorithm, the spaces
 * between a number's groups take the direction of the Arabic around them, so the groups would be
 * set right to left ("5000 800 0808" from the left) and a line could break between them; each such
 * number is put between LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE (U+2066, U+2069), which
 * take no room on the page.
 */
final class IsolatedNumbers {
  private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[ \\u00A0]\\p{Nd}+)+");

  private IsolatedNumbers() {}

  /** Isolates every number of several groups in {@code page}'s body. */
  static void isolate(Document page) {
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode text) {
        Matcher number = NUMBER.matcher(text.getWholeText());
        if (number.find()) {
          text.text(number.replaceAll("\u2066$0\u2069"));
        }
      }
    }, page.body());
  }
}
