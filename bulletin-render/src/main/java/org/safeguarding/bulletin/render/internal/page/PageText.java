package org.safeguarding.bulletin.render.internal.page;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.safeguarding.bulletin.render.internal.Utf8Bytes;

/**
 * A page as the renderers write it: UTF-8, only the characters HTML needs escaped, each block
 * element (as jsoup knows the tags) on a line of its own, indented a space a level.
 *
 * <p>The page is built as a jsoup tree (which the PDF's engine also takes), but written here rather
 * than by jsoup's {@code outerHtml()}: jsoup escapes and pretty-prints every character on its own,
 * which was half of the HTML renderer's time (a third of a page is its pictures' {@code data:}
 * addresses, which need no escaping at all). This writer copies each run of text that needs no
 * escaping in one piece, and adds line breaks only before block elements and the end tags that close
 * them, where white space has no effect on the page; text and attribute values are written as the
 * tree holds them, the white space in them included.
 */
final class PageText implements NodeVisitor {
  private static final @Nullable String[] TEXT_REFERENCES = references(false);
  private static final @Nullable String[] ATTRIBUTE_REFERENCES = references(true);

  private final Utf8Bytes out = new Utf8Bytes(64 * 1024);

  private PageText() {}

  /** The text of {@code doc} in UTF-8, ending with a line break. */
  static byte[] of(Document doc) {
    PageText text = new PageText();
    NodeTraversor.traverse(text, doc);
    return text.out.append('\n').toByteArray();
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof Document) {
      return;
    }
    if (node instanceof Element element) {
      start(element, depth);
    } else if (node instanceof TextNode text) {
      escape(text.getWholeText(), false);
    } else if (node instanceof DataNode data) {
      out.append(data.getWholeData());
    } else if (node instanceof DocumentType doctype) {
      out.append("<!doctype ").append(doctype.name()).append('>');
    } else if (node instanceof Comment comment) {
      out.append("<!--").append(comment.getData()).append("-->");
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element element && !(node instanceof Document) && !element.tag().isEmpty()) {
      if (hasBlockChild(element)) {
        newLine(depth);
      }
      out.append("</").append(element.tagName()).append('>');
    }
  }

  private void start(Element element, int depth) {
    if (onItsOwnLine(element)) {
      newLine(depth);
    }
    out.append('<').append(element.tagName());
    for (Attribute attribute : element.attributes()) {
      out.append(' ').append(attribute.getKey()).append("=\"");
      escape(attribute.getValue(), true);
      out.append('"');
    }
    out.append('>');
  }

  /**
   * A block element starts a line (unless it is the page's first), and so does an inline one among
   * blocks, with no text beside it, after a block or first: there the line break, like any white
   * space at the start of a line, shows nothing.
   */
  private boolean onItsOwnLine(Element element) {
    if (out.isEmpty()) {
      return false;
    }
    if (element.isBlock()) {
      return true;
    }
    Element before = element.previousElementSibling();
    Element parent = element.parent();
    return (before == null || before.isBlock()) && parent != null && hasBlockChild(parent) && !hasText(parent);
  }

  private static boolean hasText(Element element) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text && !text.isBlank()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasBlockChild(Element element) {
    for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
      if (child.isBlock()) {
        return true;
      }
    }
    return false;
  }

  /** A line break and a space a level: the children of the document itself stand at the margin. */
  private void newLine(int depth) {
    out.append('\n');
    for (int i = 1; i < depth; i++) {
      out.append(' ');
    }
  }

  /**
   * Appends {@code text} with {@code &}, {@code <}, {@code >} and the no-break space as character
   * references ({@code "} too in an attribute value, and control characters as numbers); each run
   * between them is copied in one piece.
   */
  private void escape(String text, boolean attribute) {
    out.appendEscaped(text, attribute ? ATTRIBUTE_REFERENCES : TEXT_REFERENCES);
  }

  /**
   * What HTML needs escaped, by character: {@code & < >} and the no-break space as named
   * references, a control character other than tab and line breaks by its number, and in an
   * attribute value {@code "} too.
   */
  private static @Nullable String[] references(boolean attribute) {
    @Nullable String[] references = Utf8Bytes.markupReferences('\u00a0');
    for (char c = 0; c < 0x20; c++) {
      if (c != '\t' && c != '\n' && c != '\r') {
        references[c] = "&#x" + Integer.toHexString(c) + ";";
      }
    }
    references['\u00a0'] = "&nbsp;";
    if (attribute) {
      references['"'] = "&quot;";
    }
    return references;
  }
}
