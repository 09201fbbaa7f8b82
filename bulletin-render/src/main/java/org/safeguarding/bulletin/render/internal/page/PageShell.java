package org.safeguarding.bulletin.render.internal.page;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * What every page of the library starts with, the bulletin's page and its Easy Read page alike, on
 * screen and for print: the document with its language and direction, and the head's metadata and
 * style. Each page adds its own body, and its own head elements between {@link #head} and {@link
 * #style}.
 */
final class PageShell {
  private PageShell() {}

  /** A new document's {@code html} element, in {@code language}, right to left where asked. */
  static Element html(String language, boolean rightToLeft) {
    Document doc = new Document("");
    doc.appendChild(new DocumentType("html", "", ""));
    Element html = doc.appendElement("html").attr("lang", language);
    if (rightToLeft) {
      html.attr("dir", "rtl");
    }
    return html;
  }

  /**
   * The head's first elements: the character set, on screen the viewport and colour schemes, the
   * title and, where there is a summary, the description. Returns the head.
   */
  static Element head(Element html, String title, @Nullable String summary, boolean print) {
    Element head = html.appendElement("head");
    head.appendElement("meta").attr("charset", "utf-8");
    if (!print) {
      head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
      head.appendElement("meta").attr("name", "color-scheme").attr("content", "light dark");
    }
    head.appendElement("title").text(title);
    if (summary != null) {
      head.appendElement("meta").attr("name", "description").attr("content", summary);
    }
    return head;
  }

  /**
   * The head's last elements: the style sheet and, for print, the subject the PDF engine takes the
   * document's description from (XMP dc:description) and the element its bookmarks go in, which
   * is returned; {@code null} on screen.
   */
  static @Nullable Element style(Element head, String css, String subject, boolean print) {
    head.appendElement("style").appendChild(new DataNode(css));
    if (!print) {
      return null;
    }
    head.appendElement("meta").attr("name", "subject").attr("content", subject);
    return head.appendElement("bookmarks");
  }
}
