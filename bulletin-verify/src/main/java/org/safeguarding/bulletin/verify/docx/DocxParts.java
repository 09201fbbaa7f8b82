package org.safeguarding.bulletin.verify.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The XML parts of a DOCX file, read with the JDK's DOM and queried with XPath. */
public final class DocxParts {
  /** The prefixes the XPath expressions may use, and their namespaces. */
  public static final Map<String, String> NAMESPACES = Map.of(
      "w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      "pic", "http://schemas.openxmlformats.org/drawingml/2006/picture",
      "a", "http://schemas.openxmlformats.org/drawingml/2006/main",
      "cp", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties",
      "dc", "http://purl.org/dc/elements/1.1/");

  private final Map<String, byte[]> entries;
  private final XPath xpath;

  /** The parts of {@code docx}; a file that is not a zip has none. */
  public DocxParts(byte[] docx) {
    this.entries = unzip(docx);
    this.xpath = XPathFactory.newInstance().newXPath();
    xpath.setNamespaceContext(new NamespaceContext() {
      @Override
      public String getNamespaceURI(String prefix) {
        return NAMESPACES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
      }

      @Override
      public String getPrefix(String uri) {
        throw new UnsupportedOperationException();
      }

      @Override
      public java.util.Iterator<String> getPrefixes(String uri) {
        throw new UnsupportedOperationException();
      }
    });
  }

  /** The names of the zip entries, in order. */
  public List<String> names() {
    return List.copyOf(entries.keySet());
  }

  /** The elements of part {@code name} that {@code expression} selects. */
  public List<Element> select(String name, String expression) {
    return select(document(name), expression);
  }

  /** The elements under {@code context} that {@code expression} selects. */
  public List<Element> select(Object context, String expression) {
    try {
      NodeList nodes = (NodeList) xpath.evaluate(expression, context, XPathConstants.NODESET);
      List<Element> out = new ArrayList<>();
      for (int i = 0; i < nodes.getLength(); i++) {
        out.add((Element) nodes.item(i));
      }
      return out;
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(expression, e);
    }
  }

  /** The string value of {@code expression} under {@code context}. */
  public String text(Object context, String expression) {
    try {
      return xpath.evaluate(expression, context);
    } catch (XPathExpressionException e) {
      throw new IllegalArgumentException(expression, e);
    }
  }

  /** Part {@code name}, parsed. */
  public Document document(String name) {
    byte[] bytes = entries.get(name);
    if (bytes == null) {
      throw new IllegalArgumentException("no part " + name + " in " + entries.keySet());
    }
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    } catch (Exception e) {
      throw new IllegalStateException("cannot parse " + name, e);
    }
  }

  private static Map<String, byte[]> unzip(byte[] docx) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        entries.put(e.getName(), zip.readAllBytes());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return entries;
  }
}
