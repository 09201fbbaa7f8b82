package org.safeguarding.bulletin.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.Companions;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.render.StringRenderer;
import org.safeguarding.bulletin.render.internal.Rendering;
import org.safeguarding.bulletin.validate.Problem;

/**
 * What the two HTML renderers share: their options and check, their style sheet for the options'
 * theme, their file's name, and their page made as UTF-8 bytes, written as they are to a stream and
 * decoded only for a string.
 */
abstract class PageRenderer implements StringRenderer {
  /** The options, their check and the file's suffix. */
  final Rendering rendering;

  /** The page's style sheet, made once. */
  final String css;

  PageRenderer(RenderOptions options, String suffix, String css) {
    this.rendering = Rendering.of(options, suffix);
    this.css = css;
  }

  /**
   * {@inheritDoc}
   *
   * <p>With a base directory, that includes whether the logo can be read (the Easy Read page shows
   * no logo, but checks it all the same, as for the bulletin's other outputs).
   */
  @Override
  public List<Problem> problems(Bulletin bulletin) {
    return rendering.problems(bulletin);
  }

  /** {@code <id>.html}, or {@code <id>-easy-read.html} for the Easy Read page. */
  @Override
  public String fileName(Bulletin bulletin) {
    return rendering.fileName(bulletin);
  }

  /**
   * The page for a {@code bulletin} checked here, in UTF-8, pointing to {@code companions} where the
   * page lists its other files.
   *
   * @throws IOException if a file the bulletin names (its logo) cannot be read
   */
  abstract byte[] page(Bulletin bulletin, Companions companions) throws IOException;

  @Override
  public String render(Bulletin bulletin, Companions companions) throws IOException {
    return new String(page(bulletin, Objects.requireNonNull(companions, "companions")), StandardCharsets.UTF_8);
  }

  @Override
  public void render(Bulletin bulletin, Companions companions, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(page(bulletin, Objects.requireNonNull(companions, "companions")));
  }
}
