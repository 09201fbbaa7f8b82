package org.safeguarding.bulletin.render.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.render.internal.Utf8Bytes;

/**
 * One XML part of the package (the document's body, its footer), written start to end as its
 * elements come, as UTF-8 bytes that the part is then given.
 *
 * <p>This is how POI's own streaming writers (SXSSF's sheets) make large parts: building the
 * document's tree of XMLBeans objects one element at a time, then saving it, was three fifths of an
 * Easy Read document's time. The JDK's StAX writer, tried first, then took a quarter of what was
 * left, most of it handing on tags and names a few characters at a time; this writes each piece in
 * one go. Names are written with their prefix ({@code w:p}); the root element declares every
 * namespace the part uses. In text, {@code & < >} are escaped, and a carriage return is written as
 * a character reference, so that no reader turns it into a line feed; in attribute values, {@code
 * & < > "} too, and a tab or line break as a reference, which a reader would otherwise turn into a
 * space. The bulletin's validation has already refused the characters XML cannot hold.
 */
final class WordXml {
  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  private static final @Nullable String[] TEXT_REFERENCES = references(false);
  private static final @Nullable String[] ATTRIBUTE_REFERENCES = references(true);

  private final Utf8Bytes bytes;
  /** The names of the elements started and not yet ended, the innermost last. */
  private final List<String> open = new ArrayList<>();
  /** Whether the last tag written still waits for its {@code >} (attributes may follow). */
  private boolean inTag;
  /** Whether that tag is an element with no content, to be closed by {@code />}. */
  private boolean inEmptyTag;

  private WordXml(int size) {
    this.bytes = new Utf8Bytes(size);
    bytes.append(DECLARATION);
  }

  /**
   * A part whose root element is {@code root}, declaring {@code namespaces} (prefix to name), in
   * the order of their prefixes; {@code size} is a guess of its length in bytes.
   */
  static WordXml part(String root, Map<String, String> namespaces, int size) {
    WordXml xml = new WordXml(size);
    xml.start(root);
    new TreeMap<>(namespaces).forEach((prefix, name) -> xml.attribute("xmlns:" + prefix, name));
    return xml;
  }

  /** Starts element {@code name}; attributes may follow. */
  WordXml start(String name) {
    openTag(name);
    open.add(name);
    return this;
  }

  /** Writes element {@code name} with no content; attributes may follow. */
  WordXml empty(String name) {
    openTag(name);
    inEmptyTag = true;
    return this;
  }

  /** Writes element {@code name} with no content and one attribute, {@code attribute="value"}. */
  WordXml empty(String name, String attribute, String value) {
    return empty(name).attribute(attribute, value);
  }

  /**
   * Adds an attribute to the element just started.
   *
   * @throws IllegalStateException if content has been written since the element started
   */
  WordXml attribute(String name, String value) {
    if (!inTag) {
      throw new IllegalStateException("attribute " + name + " after an element's content");
    }
    bytes.append(' ').append(name).append("=\"");
    escape(value, true);
    bytes.append('"');
    return this;
  }

  /** Adds an attribute with a number as its value. */
  WordXml attribute(String name, long value) {
    return attribute(name, Long.toString(value));
  }

  /**
   * Ends the element last started.
   *
   * @throws IllegalStateException if every element has ended
   */
  WordXml end() {
    if (open.isEmpty()) {
      throw new IllegalStateException("no element to end");
    }
    closeTag();
    bytes.append("</").append(open.remove(open.size() - 1)).append('>');
    return this;
  }

  /**
   * Writes a run's text, {@code <w:t>text</w:t>}, keeping its spaces where it starts or ends with
   * one ({@code xml:space="preserve"}, as Word would otherwise drop them).
   */
  WordXml runText(String text) {
    if (text.isEmpty()) {
      return empty("w:t");
    }
    start("w:t");
    if (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))) {
      attribute("xml:space", "preserve");
    }
    return text(text).end();
  }

  /** Writes {@code text} as the content of the element last started. */
  WordXml text(String text) {
    closeTag();
    escape(text, false);
    return this;
  }

  /** Ends every element still open and returns the part's bytes. */
  byte[] finish() {
    while (!open.isEmpty()) {
      end();
    }
    closeTag();
    return bytes.toByteArray();
  }

  private void openTag(String name) {
    closeTag();
    bytes.append('<').append(name);
    inTag = true;
  }

  private void closeTag() {
    if (inTag) {
      bytes.append(inEmptyTag ? "/>" : ">");
      inTag = false;
      inEmptyTag = false;
    }
  }

  /** Appends {@code text}, escaped for an attribute value or for content. */
  private void escape(String text, boolean inAttribute) {
    bytes.appendEscaped(text, inAttribute ? ATTRIBUTE_REFERENCES : TEXT_REFERENCES);
  }

  /** What XML needs escaped here, by character (see the class comment). */
  private static @Nullable String[] references(boolean inAttribute) {
    @Nullable String[] references = Utf8Bytes.markupReferences('>');
    references['\r'] = "&#13;";
    if (inAttribute) {
      references['"'] = "&quot;";
      references['\n'] = "&#10;";
      references['\t'] = "&#9;";
    }
    return references;
  }
}
