package org.safeguarding.bulletin.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Keeps each number of several groups ("0808 800 5000", "١٢ ٣٤") in one piece, read left to right,
 * in the text of a page with right-to-left text. By the Unicode Bidirectional Algorithm, the spaces
 * between a number's groups take the direction of the Arabic around them, so the groups would be
 * set right to left ("5000 800 0808" from the left) and a line could break between them; each such
 * number is put between LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE (U+2066, U+2069), which
 * take no room on the page, in a span of class {@value #CLASS} that the print style keeps on one
 * line.
 */
final class IsolatedNumbers {
  /** The class of a number's span: {@code white-space: nowrap} in the print style. */
  static final String CLASS = "isolated-number";

  private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?:[ \\u00A0]\\p{Nd}+)+");

  private IsolatedNumbers() {}

  /** Isolates every number of several groups in {@code page}'s body. */
  static void isolate(Document page) {
    List<TextNode> texts = new ArrayList<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode text && NUMBER.matcher(text.getWholeText()).find()) {
        texts.add(text);
      }
    }, page.body());
    texts.forEach(IsolatedNumbers::isolate);
  }

  /** Replaces {@code text} by its pieces: the text between the numbers, and each number in its span. */
  private static void isolate(TextNode text) {
    String whole = text.getWholeText();
    Matcher number = NUMBER.matcher(whole);
    int from = 0;
    while (number.find()) {
      if (number.start() > from) {
        text.before(new TextNode(whole.substring(from, number.start())));
      }
      text.before(new Element("span").attr("class", CLASS).text("\u2066" + number.group() + "\u2069"));
      from = number.end();
    }
    if (from < whole.length()) {
      text.before(new TextNode(whole.substring(from)));
    }
    text.remove();
  }
}
