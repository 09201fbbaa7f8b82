package org.safeguarding.bulletin.render.docx;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.safeguarding.bulletin.model.Bulletin;

/**
 * The document's properties, made repeatable: every date is the bulletin's publication date (or
 * {@link #UNDATED} when it has none), here and on every zip entry ({@link DocxZip}), so one bulletin
 * always gives the same bytes.
 */
final class DocxPackage {
  /** The date used when a bulletin has no publication date. */
  static final LocalDate UNDATED = LocalDate.of(2000, 1, 1);

  private DocxPackage() {}

  /** The date every part of the package carries. */
  static LocalDate date(Bulletin bulletin) {
    return bulletin.published() == null ? UNDATED : bulletin.published();
  }

  /** Writes the title, author, subject, language and dates into the core properties. */
  static void properties(XWPFDocument doc, Bulletin bulletin) {
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
    core.setTitle(bulletin.title());
    core.setCreator(bulletin.publisher().name());
    if (bulletin.summary() != null) {
      core.setDescription(bulletin.summary());
    }
    PackagePropertiesPart part = core.getUnderlyingProperties();
    part.setLanguageProperty(bulletin.language());
    Date date = Date.from(date(bulletin).atStartOfDay().toInstant(ZoneOffset.UTC));
    part.setCreatedProperty(Optional.of(date));
    part.setModifiedProperty(Optional.of(date));
    doc.getProperties().getExtendedProperties().setApplication("Safeguarding bulletins (Apache POI)");
  }
}
