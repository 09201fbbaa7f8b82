package org.safeguarding.bulletin.render.html;

import java.util.List;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.render.StringRenderer;
import org.safeguarding.bulletin.render.internal.Rendering;
import org.safeguarding.bulletin.validate.Problem;

/**
 * What the two HTML renderers share: their options and check, their style sheet for the options'
 * theme, and their file's name.
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
}
