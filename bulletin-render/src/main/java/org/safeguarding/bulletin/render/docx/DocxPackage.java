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
 * The document's properties, made repeatable: every date is the bulletin's date as the render
 * options give it ({@link org.safeguarding.bulletin.render.RenderOptions#date}: its publication date,
 * else a fixed date), here and on every zip entry ({@link DocxZip}), so one bulletin always gives the
 * same bytes.
 */
final class DocxPackage {
  private DocxPackage() {}

  /** Writes the title, author, subject, language and {@code date} into the core properties. */
  static void properties(XWPFDocument doc, Bulletin bulletin, LocalDate date) {
    POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
    core.setTitle(bulletin.title());
    core.setCreator(bulletin.publisher().name());
    if (bulletin.summary() != null) {
      core.setDescription(bulletin.summary());
    }
    PackagePropertiesPart part = core.getUnderlyingProperties();
    part.setLanguageProperty(bulletin.language());
    Date stamp = Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC));
    part.setCreatedProperty(Optional.of(stamp));
    part.setModifiedProperty(Optional.of(stamp));
    doc.getProperties().getExtendedProperties().setApplication("Safeguarding bulletins (Apache POI)");
  }
}
