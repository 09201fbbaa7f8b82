package org.safeguarding.bulletin.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocument1;

/**
 * A new, in-memory POI Word document, made cheaper to write and to close.
 *
 * <ul>
 *   <li>Every namespace the main part uses is declared once on its root element, so XMLBeans need
 *       not walk the whole document first to find them (its "aggressive namespaces" option, which
 *       POI sets) before writing it.
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

  private static final XmlOptions SAVE = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
      .setSaveAggressiveNamespaces(false)
      .setSaveSyntheticDocumentElement(new QName(NAMESPACES.get("w"), "document"));

  @Override
  protected void commit() throws IOException {
    CTDocument1 document = getDocument();
    try (XmlCursor cursor = document.newCursor()) {
      cursor.toNextToken();
      NAMESPACES.entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(namespace -> cursor.insertNamespace(namespace.getKey(), namespace.getValue()));
    }
    try (OutputStream out = getPackagePart().getOutputStream()) {
      document.save(out, SAVE);
    }
  }

  @Override
  public void close() {
    getPackage().revert();
  }
}
