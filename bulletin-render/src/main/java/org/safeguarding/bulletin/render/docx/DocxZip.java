package org.safeguarding.bulletin.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.zip.Deflater;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * The zip stream that POI writes the package into, made repeatable: every entry carries the same
 * time, the bulletin's date, whatever the clock says. The pictures are PNGs, compressed already, so
 * they are stored as they are rather than deflated again; the XML parts are deflated as usual.
 *
 * <p>POI finishes the stream when the package is written; it is never closed here, as that would
 * close the caller's stream.
 */
final class DocxZip extends ZipArchiveOutputStream {
  private static final String PICTURES = "word/media/";

  private final long time;

  DocxZip(OutputStream out, LocalDate date) {
    super(out);
    // Zip entries hold local times: midnight in this machine's zone is stored as 00:00 of the date.
    this.time = date.atStartOfDay(ZoneId.systemDefault()).toInstant().toEpochMilli();
  }

  @Override
  public void putArchiveEntry(ZipArchiveEntry entry) throws IOException {
    entry.setTime(time);
    setLevel(entry.getName().startsWith(PICTURES) ? Deflater.NO_COMPRESSION : Deflater.DEFAULT_COMPRESSION);
    super.putArchiveEntry(entry);
  }
}
