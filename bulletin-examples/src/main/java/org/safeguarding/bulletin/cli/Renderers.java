package org.safeguarding.bulletin.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.docx.EasyReadDocxRenderer;
import org.safeguarding.bulletin.render.html.EasyReadHtmlRenderer;
import org.safeguarding.bulletin.render.html.HtmlRenderer;
import org.safeguarding.bulletin.render.pdf.EasyReadPdfRenderer;
import org.safeguarding.bulletin.render.pdf.PdfRenderer;
import org.safeguarding.bulletin.render.text.TextRenderer;

/**
 * The renderers the command line uses, with the default settings, the input settings and logos read
 * from each input's folder: one a format and folder, shared by every document that needs it, for
 * checking and for rendering. Thread-safe.
 */
final class Renderers {
  private final InputSettings settings;
  private final UnaryOperator<BulletinRenderer> wrap;
  private final Map<String, BulletinRenderer> renderers = new ConcurrentHashMap<>();

  Renderers(InputSettings settings) {
    this(settings, UnaryOperator.identity());
  }

  /** Renderers each passed through {@code wrap} once built: a seam for tests that need a renderer to fail. */
  Renderers(InputSettings settings, UnaryOperator<BulletinRenderer> wrap) {
    this.settings = settings;
    this.wrap = wrap;
  }

  /** The settings the renderers, and the reader, use. */
  InputSettings settings() {
    return settings;
  }

  /** The renderer for {@code format} that reads the files a bulletin in {@code folder} names. */
  BulletinRenderer get(OutputFormat format, Path folder) {
    return renderers.computeIfAbsent(format + " " + folder, key -> wrap.apply(format.renderer(this, folder)));
  }

  BulletinRenderer html(Path folder) {
    HtmlRenderer.Builder builder = HtmlRenderer.builder().baseDirectory(folder).limits(settings.limits())
        .wordings(settings.wordings());
    return (settings.fileRoot() == null ? builder : builder.fileRoot(settings.fileRoot())).build();
  }

  BulletinRenderer docx(Path folder) {
    return EasyReadDocxRenderer.builder().limits(settings.limits()).wordings(settings.wordings()).build();
  }

  BulletinRenderer pdf(Path folder) {
    return pdfRenderer(folder);
  }

  BulletinRenderer easyReadHtml(Path folder) {
    EasyReadHtmlRenderer.Builder builder = EasyReadHtmlRenderer.builder().baseDirectory(folder)
        .limits(settings.limits()).wordings(settings.wordings());
    return (settings.fileRoot() == null ? builder : builder.fileRoot(settings.fileRoot())).build();
  }

  /** The Easy Read PDF, with the PDF's settings and its fonts (a renderer of its own, read once per folder). */
  BulletinRenderer easyReadPdf(Path folder) {
    return EasyReadPdfRenderer.of(pdfRenderer(folder));
  }

  private PdfRenderer pdfRenderer(Path folder) {
    PdfRenderer.Builder builder = PdfRenderer.builder().baseDirectory(folder).limits(settings.limits())
        .wordings(settings.wordings());
    return (settings.fileRoot() == null ? builder : builder.fileRoot(settings.fileRoot())).build();
  }

  /** The plain text names no file, so, like the Easy Read document, it does not look at the logo. */
  BulletinRenderer text(Path folder) {
    return TextRenderer.builder().limits(settings.limits()).wordings(settings.wordings()).build();
  }
}
