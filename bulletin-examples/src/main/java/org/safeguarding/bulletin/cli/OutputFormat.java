package org.safeguarding.bulletin.cli;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.function.BiFunction;
import org.safeguarding.bulletin.render.BulletinRenderer;

/**
 * The output formats {@code render} makes, each with the renderer it uses and whether it is made
 * when {@code --format} names none. On the command line each is named in lower case ({@code text}).
 */
enum OutputFormat {
  HTML(Renderers::html, true),
  DOCX(Renderers::docx, true),
  PDF(Renderers::pdf, true),
  TEXT(Renderers::text, false);

  private final BiFunction<Renderers, Path, BulletinRenderer> renderer;
  private final boolean byDefault;

  OutputFormat(BiFunction<Renderers, Path, BulletinRenderer> renderer, boolean byDefault) {
    this.renderer = renderer;
    this.byDefault = byDefault;
  }

  /** The formats made when none is named: the three classic outputs, HTML, DOCX and PDF. */
  static EnumSet<OutputFormat> defaults() {
    EnumSet<OutputFormat> defaults = EnumSet.noneOf(OutputFormat.class);
    for (OutputFormat format : values()) {
      if (format.byDefault) {
        defaults.add(format);
      }
    }
    return defaults;
  }

  /** A new renderer for this format that reads files named in a bulletin (its logo) from {@code folder}. */
  BulletinRenderer renderer(Renderers renderers, Path folder) {
    return renderer.apply(renderers, folder);
  }
}
