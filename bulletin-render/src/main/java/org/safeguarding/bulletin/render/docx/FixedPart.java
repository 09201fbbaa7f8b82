package org.safeguarding.bulletin.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLFactory;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A part of the package given as bytes, rather than built through XMLBeans and saved: the styles
 * part, which the renderer makes once for each language (building and saving it was a twentieth of
 * a document's time), and the footer, written through {@link WordXml}.
 */
final class FixedPart extends POIXMLDocumentPart {
  private final byte[] xml;

  private FixedPart(byte[] xml) {
    this.xml = xml;
  }

  /**
   * Adds the first part of {@code relation}'s kind ({@code word/footer1.xml}) to {@code doc}'s main
   * part, with {@code xml} as its content; returns the id of its relationship.
   */
  static String add(XWPFDocument doc, POIXMLRelation relation, byte[] xml) {
    POIXMLDocumentPart part = doc.createRelationship(relation, new POIXMLFactory() {
      @Override
      protected POIXMLRelation getDescriptor(String relationshipType) {
        return relation;
      }

      @Override
      public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
        return new FixedPart(xml);
      }
    }, 1);
    return doc.getRelationId(part);
  }

  @Override
  protected void commit() throws IOException {
    try (OutputStream out = getPackagePart().getOutputStream()) {
      out.write(xml);
    }
  }
}
