package org.safeguarding.bulletin.render.docx;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Date;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.io.output.CloseShieldOutputStream;
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
   * set to {@code date}. Entries are copied as they are compressed, never inflated and deflated
   * again. {@code out} is not closed.
   */
  static void copyWithFixedTimes(byte[] docx, LocalDate date, OutputStream out) throws IOException {
    // Zip entries hold local times: midnight in this machine's zone is stored as 00:00 of the date.
    long time = date.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
    try (ZipFile in = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(docx)).get()) {
      // Finished, not closed: closing would close the caller's stream.
      ZipArchiveOutputStream zip = new ZipArchiveOutputStream(CloseShieldOutputStream.wrap(out));
      for (ZipArchiveEntry entry : Collections.list(in.getEntriesInPhysicalOrder())) {
        ZipArchiveEntry copy = new ZipArchiveEntry(entry.getName());
        copy.setMethod(entry.getMethod());
        copy.setCrc(entry.getCrc());
        copy.setSize(entry.getSize());
        copy.setCompressedSize(entry.getCompressedSize());
        copy.setTime(time);
        try (InputStream raw = in.getRawInputStream(entry)) {
          zip.addRawArchiveEntry(copy, raw);
        }
      }
      zip.finish();
      zip.flush();
    }
  }


}
