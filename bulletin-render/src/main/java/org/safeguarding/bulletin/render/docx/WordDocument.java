package org.safeguarding.bulletin.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlOptions;

/**
 * A new, in-memory POI Word document, made cheaper to write and to close.
 *
 * <ul>
 *   <li>The main part's root element, with every namespace it uses, is written here, and XMLBeans
 *       writes the body inside it. POI instead has XMLBeans make up the root element, which sends
 *       it down a slower path meant for fragments, and asks it to walk the whole document first to
 *       find the namespaces ("aggressive namespaces").
 *   <li>Closing it drops the package: POI's {@code close()} of a new document saves the whole
 *       package again, into a buffer that nothing reads.
 * </ul>
 */
final class WordDocument extends XWPFDocument {
  /** The prefixes and namespaces of the main part. */
  static final Map<String, String> NAMESPACES = Map.of(
      "w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      "a", "http://schemas.openxmlformats.org/drawingml/2006/main",
      "pic", "http://schemas.openxmlformats.org/drawingml/2006/picture");

  /** Every namespace of the main part as attributes, {@code  xmlns:a="…" xmlns:pic="…"} and so on. */
  static final String NAMESPACE_DECLARATIONS = NAMESPACES.entrySet().stream().sorted(Map.Entry.comparingByKey())
      .map(namespace -> " xmlns:" + namespace.getKey() + "=\"" + namespace.getValue() + "\"")
      .collect(Collectors.joining());

  /** The XML declaration and the root element's start tag, with every namespace declared once. */
  private static final byte[] DOCUMENT_START = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<w:document"
      + NAMESPACE_DECLARATIONS + ">").getBytes(StandardCharsets.UTF_8);

  private static final byte[] DOCUMENT_END = "</w:document>".getBytes(StandardCharsets.UTF_8);

  /** The body is written inside the root element above, so the namespaces are already declared. */
  private static final XmlOptions SAVE = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
      .setSaveAggressiveNamespaces(false)
      .setSaveImplicitNamespaces(NAMESPACES)
      .setSaveNoXmlDecl();

  @Override
  protected void commit() throws IOException {
    try (OutputStream out = getPackagePart().getOutputStream()) {
      out.write(DOCUMENT_START);
      getDocument().save(out, SAVE);
      out.write(DOCUMENT_END);
    }
  }

  @Override
  public void close() {
    getPackage().revert();
  }
}
