package org.safeguarding.bulletin.render.internal.page;

import java.nio.charset.StandardCharsets;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;

/** A page as the renderers write it: UTF-8, only the characters HTML needs escaped, indented a space a level. */
final class PageText {
  private PageText() {}

  /** The text of {@code doc}, ending with a line break. */
  static String of(Document doc) {
    doc.outputSettings()
        .charset(StandardCharsets.UTF_8)
        .escapeMode(Entities.EscapeMode.base)
        .prettyPrint(true)
        .indentAmount(1);
    return doc.outerHtml() + "\n";
  }
}
