package org.safeguarding.bulletin.render.docx;

import java.io.Writer;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.safeguarding.bulletin.render.internal.Utf8Bytes;

/**
 * One XML part of the package (the document's body, its footer), written start to end as its
 * elements come, through the JDK's StAX writer, into bytes that the part is then given.
 *
 * <p>This is how POI's own streaming writers (SXSSF's sheets) make large parts: building the
 * document's tree of XMLBeans objects one element at a time, then saving it, was three fifths of an
 * Easy Read document's time. Names are written with their prefix ({@code w:p}); the root element
 * declares every namespace the part uses. Text and attribute values are escaped by the writer; a
 * carriage return in text is written as a character reference, so that no reader turns it into a
 * line feed.
 */
final class WordXml {
  /** The JDK's own writer, whatever else the class path offers: the same bytes everywhere. */
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

  private final Text text;
  private final XMLStreamWriter writer;

  private WordXml(int size) {
    this.text = new Text(size);
    text.write(DECLARATION);
    try {
      // Into our own UTF-8 bytes: the JDK's writer hands its output on in small pieces, and its
      // encoders took each on its own (given a stream, or an OutputStreamWriter): half of the time.
      this.writer = FACTORY.createXMLStreamWriter(text);
    } catch (XMLStreamException e) {
      throw failed(e);
    }
  }

  /**
   * A part whose root element is {@code root}, declaring {@code namespaces} (prefix to name), in
   * the order of their prefixes; {@code size} is a guess of its length in bytes.
   */
  static WordXml part(String root, Map<String, String> namespaces, int size) {
    WordXml xml = new WordXml(size);
    xml.start(root);
    try {
      for (Map.Entry<String, String> namespace : new TreeMap<>(namespaces).entrySet()) {
        xml.writer.writeNamespace(namespace.getKey(), namespace.getValue());
      }
    } catch (XMLStreamException e) {
      throw failed(e);
    }
    return xml;
  }

  /** Starts element {@code name}; attributes may follow. */
  WordXml start(String name) {
    try {
      writer.writeStartElement(name);
    } catch (XMLStreamException e) {
      throw failed(e);
    }
    return this;
  }

  /** Writes element {@code name} with no content; attributes may follow. */
  WordXml empty(String name) {
    try {
      writer.writeEmptyElement(name);
    } catch (XMLStreamException e) {
      throw failed(e);
    }
    return this;
  }

  /** Writes element {@code name} with no content and one attribute, {@code attribute="value"}. */
  WordXml empty(String name, String attribute, String value) {
    return empty(name).attribute(attribute, value);
  }

  /** Adds an attribute to the element just started. */
  WordXml attribute(String name, String value) {
    try {
      writer.writeAttribute(name, value);
    } catch (XMLStreamException e) {
      throw failed(e);
    }
    return this;
  }

  /** Adds an attribute with a number as its value. */
  WordXml attribute(String name, long value) {
    return attribute(name, Long.toString(value));
  }

  /** Ends the element last started. */
  WordXml end() {
    try {
      writer.writeEndElement();
    } catch (XMLStreamException e) {
      throw failed(e);
    }
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
    try {
      int from = 0;
      for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
        writer.writeCharacters(text.substring(from, cr));
        writer.writeEntityRef("#13");
        from = cr + 1;
      }
      writer.writeCharacters(from == 0 ? text : text.substring(from));
    } catch (XMLStreamException e) {
      throw failed(e);
    }
    return this;
  }

  /** Ends every element still open and returns the part's bytes. */
  byte[] finish() {
    try {
      writer.writeEndDocument();
      writer.close();
    } catch (XMLStreamException e) {
      throw failed(e);
    }
    return text.toByteArray();
  }

  /** Writing into memory fails only if the writer is used out of order: a fault of this library. */
  private static IllegalStateException failed(XMLStreamException e) {
    return new IllegalStateException("writing a part of the Word document", e);
  }

  /**
   * The characters written so far, as UTF-8 bytes. The JDK's writer hands on its text in pieces cut
   * only at markup and at what it escapes, never inside a character (WordXmlTest checks it with
   * characters outside the Basic Multilingual Plane).
   */
  private static final class Text extends Writer {
    private final Utf8Bytes bytes;

    Text(int size) {
      this.bytes = new Utf8Bytes(size);
    }

    @Override
    public void write(int c) {
      bytes.append(String.valueOf((char) c));
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      bytes.append(new String(chars, offset, length));
    }

    @Override
    public void write(String string) {
      bytes.append(string);
    }

    @Override
    public void write(String string, int offset, int length) {
      bytes.append(string, offset, offset + length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    byte[] toByteArray() {
      return bytes.toByteArray();
    }
  }
}
