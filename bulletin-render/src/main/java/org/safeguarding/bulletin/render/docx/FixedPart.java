package org.safeguarding.bulletin.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.ooxml.POIXMLFactory;
import org.apache.poi.ooxml.POIXMLRelation;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * A part of the package whose XML is known before the document is: written as bytes made once,
 * rather than built through XMLBeans and saved again for every document (the styles part, which the
 * renderer keeps for each language; building and saving it was a twentieth of a document's time).
 */
final class FixedPart extends POIXMLDocumentPart {
  private final byte[] xml;

  private FixedPart(byte[] xml) {
    this.xml = xml;
  }

  /** Adds a part of {@code relation}'s kind to {@code doc}'s main part, with {@code xml} as its content. */
  static void add(XWPFDocument doc, POIXMLRelation relation, byte[] xml) {
    doc.createRelationship(relation, new POIXMLFactory() {
      @Override
      protected POIXMLRelation getDescriptor(String relationshipType) {
        return relation;
      }

      @Override
      public POIXMLDocumentPart newDocumentPart(POIXMLRelation descriptor) {
        return new FixedPart(xml);
      }
    });
  }

  @Override
  protected void commit() throws IOException {
    try (OutputStream out = getPackagePart().getOutputStream()) {
      out.write(xml);
    }
  }
}
