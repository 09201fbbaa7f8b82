package org.safeguarding.bulletin.cli;

import java.nio.file.Path;
import java.util.function.BiFunction;
import org.safeguarding.bulletin.render.BulletinRenderer;

/** The output formats {@code render} makes, each with the renderer it uses. */
enum OutputFormat {
  HTML(Renderers::html),
  DOCX(Renderers::docx),
  PDF(Renderers::pdf);

  private final BiFunction<Renderers, Path, BulletinRenderer> renderer;

  OutputFormat(BiFunction<Renderers, Path, BulletinRenderer> renderer) {
    this.renderer = renderer;
  }

  /** A new renderer for this format that reads files named in a bulletin (its logo) from {@code folder}. */
  BulletinRenderer renderer(Renderers renderers, Path folder) {
    return renderer.apply(renderers, folder);
  }
}
