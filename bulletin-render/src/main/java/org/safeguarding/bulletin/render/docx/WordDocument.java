package org.safeguarding.bulletin.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A new, in-memory POI Word document whose main part's XML is written by this library ({@link
 * EasyReadDocument}, through {@link WordXml}) and given to it whole: POI keeps the package, its
 * parts (pictures, styles, footer, properties) and relationships, and writes the zip.
 *
 * <p>Closing it drops the package: POI's {@code close()} of a new document saves the whole package
 * again, into a buffer that nothing reads.
 */
final class WordDocument extends XWPFDocument {
  /** The prefixes and namespaces of the main part. */
  static final Map<String, String> NAMESPACES = Map.of(
      "w", "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
      "r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
      "wp", "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
      "a", "http://schemas.openxmlformats.org/drawingml/2006/main",
      "pic", "http://schemas.openxmlformats.org/drawingml/2006/picture");

  private byte[] main = new byte[0];

  /** Sets the main part's XML, {@code word/document.xml}. */
  void main(byte[] xml) {
    this.main = xml;
  }

  @Override
  protected void commit() throws IOException {
    try (OutputStream out = getPackagePart().getOutputStream()) {
      out.write(main);
    }
  }

  @Override
  public void close() {
    getPackage().revert();
  }
}
