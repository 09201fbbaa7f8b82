package org.safeguarding.bulletin.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.opc.internal.PackagePropertiesPart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.safeguarding.bulletin.model.Bulletin;

/**
 * The document's properties and its zip package, made repeatable: every date is the bulletin's
 * publication date (or {@link #UNDATED} when it has none), so one bulletin always gives the same
 * bytes.
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

  /**
   * Copies the zip package {@code docx} to {@code out}, in the same order, with every entry's time
   * set to {@code date}. {@code out} is not closed.
   */
  static void copyWithFixedTimes(byte[] docx, LocalDate date, OutputStream out) throws IOException {
    LocalDateTime time = date.atStartOfDay();
    // Not closed: that would close the caller's stream.
    ZipOutputStream zip = new ZipOutputStream(out);
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        ZipEntry copy = new ZipEntry(entry.getName());
        copy.setTimeLocal(time);
        zip.putNextEntry(copy);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    zip.finish();
    zip.flush();
  }

}
