package org.safeguarding.bulletin.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.RenderOptions;

/** Renders bulletins for the PDF tests, keeping a copy of each in {@code target/pdf/} to look at. */
final class Pdfs {
  /** One renderer for every test: it is meant to be shared. */
  static final PdfRenderer RENDERER = PdfRenderer.with(RenderOptions.builder().undatedDate(LocalDate.of(2026, 11, 27)).build());

  private Pdfs() {}

  /** Renders {@code bulletin} with the shared renderer, keeping a copy as {@code target/pdf/<name>.pdf}. */
  static byte[] render(String name, Bulletin bulletin) {
    return render(RENDERER, name, bulletin);
  }

  /** Renders {@code bulletin}, keeping a copy as {@code target/pdf/<name>.pdf} (ids may repeat). */
  static byte[] render(PdfRenderer renderer, String name, Bulletin bulletin) {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      renderer.render(bulletin, out);
      byte[] pdf = out.toByteArray();
      Path dir = Files.createDirectories(Path.of("target", "pdf"));
      Files.write(dir.resolve(name + ".pdf"), pdf);
      return pdf;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
