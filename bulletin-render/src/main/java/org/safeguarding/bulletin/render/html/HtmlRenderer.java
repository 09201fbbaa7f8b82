package org.safeguarding.bulletin.render.html;

import java.io.IOException;
import java.util.Objects;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.Companions;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.render.internal.page.ScreenPage;
import org.safeguarding.bulletin.render.internal.page.Stylesheet;
import org.safeguarding.bulletin.validate.BulletinInvalidException;

/**
 * Renders a bulletin as one self-contained HTML5 page that meets WCAG 2.2 AA: UTF-8, the style sheet
 * inline, images as {@code data:} URIs, no scripts and no requests to anywhere. The same bulletin
 * always gives the same bytes.
 *
 * <pre>{@code
 * Bulletin bulletin = BulletinJson.reader().read(Path.of("bulletin.json"));
 * HtmlRenderer renderer = HtmlRenderer.with(RenderOptions.builder()
 *     .baseDirectory(Path.of("."))   // where the publisher's logo is found
 *     .build());
 * try (OutputStream out = Files.newOutputStream(Path.of(renderer.fileName(bulletin)))) {
 *   renderer.render(bulletin, out);
 * }
 * }</pre>
 *
 * <p>Of its {@link RenderOptions} it takes the words, the theme (light and dark colours, the house
 * logo), the pictures beside section headings, the base directory and file root of the publisher's
 * logo (embedded in the page; without a base directory it is left out and the theme's logo, if any,
 * shown instead, since the page must not refer to files beside it) and the limits. Instances are
 * immutable and thread-safe: build one and reuse it.
 */
public final class HtmlRenderer extends PageRenderer {
  private HtmlRenderer(RenderOptions options) {
    super(options, ".html", Stylesheet.css(Objects.requireNonNull(options, "options").theme()));
  }

  /** A renderer with {@link RenderOptions#defaults()}. */
  public static HtmlRenderer create() {
    return with(RenderOptions.defaults());
  }

  /** A renderer with {@code options}. */
  public static HtmlRenderer with(RenderOptions options) {
    return new HtmlRenderer(options);
  }

  /**
   * The page for {@code bulletin}, as a string.
   *
   * @throws BulletinInvalidException if the bulletin breaks a document rule
   * @throws IOException if the logo cannot be read
   */
  @Override
  public String render(Bulletin bulletin) throws IOException {
    return render(bulletin, Companions.none());
  }

  /**
   * The page for {@code bulletin}, as a string, its footer listing {@code companions}' other files,
   * each a link to its file name (beside the page) with its type and size.
   *
   * @throws BulletinInvalidException if the bulletin breaks a document rule
   * @throws IOException if the logo cannot be read
   */
  @Override
  public String render(Bulletin bulletin, Companions companions) throws IOException {
    return super.render(bulletin, companions);
  }

  @Override
  byte[] page(Bulletin bulletin, Companions companions) throws IOException {
    rendering.check(bulletin);
    return ScreenPage.bulletin(bulletin, rendering.options(), rendering.validation(), css, companions);
  }
}
