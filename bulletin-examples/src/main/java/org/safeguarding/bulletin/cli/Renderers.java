package org.safeguarding.bulletin.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.json.BulletinReader;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.RenderOptions;

/**
 * The renderers the command line uses, all made from one {@link RenderOptions} (the limits, the file
 * root and the library's words the options gave), each reading the logo from its input's folder:
 * one a format and folder, shared by every document that needs it, for checking and for rendering.
 * Thread-safe.
 */
final class Renderers {
  private final RenderOptions options;
  private final UnaryOperator<BulletinRenderer> wrap;
  private final Map<String, BulletinRenderer> renderers = new ConcurrentHashMap<>();

  /** The options every renderer is made from (before each input's folder is set). */
  RenderOptions options() {
    return options;
  }

  Renderers(RenderOptions options) {
    this(options, UnaryOperator.identity());
  }

  /** Renderers each passed through {@code wrap} once built: a seam for tests that need a renderer to fail. */
  Renderers(RenderOptions options, UnaryOperator<BulletinRenderer> wrap) {
    this.options = options;
    this.wrap = wrap;
  }

  /** A reader with the same limits and file root as the renderers. */
  BulletinReader reader() {
    BulletinReader reader = BulletinJson.reader().withLimits(options.limits());
    return options.fileRoot().map(reader::withFileRoot).orElse(reader);
  }

  /**
   * The renderer for {@code format} that reads the files a bulletin in {@code folder} names: made
   * from the shared options with {@code folder} as their base directory.
   */
  BulletinRenderer get(OutputFormat format, Path folder) {
    return renderers.computeIfAbsent(format + " " + folder,
        key -> wrap.apply(format.renderer(options.withBaseDirectory(folder))));
  }
}
