package org.safeguarding.bulletin.cli;

import java.nio.file.Path;
import java.util.function.Function;
import org.safeguarding.bulletin.render.BulletinRenderer;

/** The output formats {@code render} makes, each with the renderer it uses. */
enum OutputFormat {
  HTML(Renderers::html),
  DOCX(Renderers::docx),
  PDF(Renderers::pdf);

  private final Function<Path, BulletinRenderer> renderer;

  OutputFormat(Function<Path, BulletinRenderer> renderer) {
    this.renderer = renderer;
  }

  /** A renderer for this format that reads files named in a bulletin (its logo) from {@code baseDirectory}. */
  BulletinRenderer renderer(Path baseDirectory) {
    return renderer.apply(baseDirectory);
  }
}
