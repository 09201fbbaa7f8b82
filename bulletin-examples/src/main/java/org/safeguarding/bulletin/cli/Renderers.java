package org.safeguarding.bulletin.cli;

import java.nio.file.Path;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.docx.EasyReadDocxRenderer;
import org.safeguarding.bulletin.render.html.HtmlRenderer;
import org.safeguarding.bulletin.render.pdf.PdfRenderer;

/** The renderers the command line uses: the default settings, logos read from the input's directory. */
final class Renderers {
  private Renderers() {}

  static BulletinRenderer html(Path baseDirectory) {
    return HtmlRenderer.builder().baseDirectory(baseDirectory).build();
  }

  static BulletinRenderer docx(Path baseDirectory) {
    return EasyReadDocxRenderer.create();
  }

  static BulletinRenderer pdf(Path baseDirectory) {
    return PdfRenderer.builder().baseDirectory(baseDirectory).build();
  }
}
