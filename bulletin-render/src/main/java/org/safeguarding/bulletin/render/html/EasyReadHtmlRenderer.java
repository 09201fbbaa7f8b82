package org.safeguarding.bulletin.render.html;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.Companions;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadModel;
import org.safeguarding.bulletin.render.internal.page.ScreenPage;
import org.safeguarding.bulletin.render.internal.page.Stylesheet;
import org.safeguarding.bulletin.validate.BulletinInvalidException;

/**
 * Renders the Easy Read version of a bulletin as one self-contained HTML5 page that meets WCAG 2.2
 * AA: the same text, pictures and order as the Easy Read DOCX (both are written from one model),
 * in large type (21 px), each point in a row with its picture at the start of the line (on the
 * right in a right-to-left language), every picture with its text alternative. The style sheet is
 * inline, the pictures are {@code data:} URIs, and there are no scripts and no requests to
 * anywhere. The same bulletin always gives the same bytes.
 *
 * <pre>{@code
 * Bulletin bulletin = BulletinJson.reader().read(Path.of("bulletin.json"));
 * EasyReadHtmlRenderer renderer = EasyReadHtmlRenderer.create();
 * try (OutputStream out = Files.newOutputStream(Path.of(renderer.fileName(bulletin)))) {
 *   renderer.render(bulletin, out);
 * }
 * }</pre>
 *
 * <p>Of its {@link RenderOptions} it takes the words, the theme's colours, the pictures (the same
 * as the Easy Read DOCX's) and the limits; the page shows no logo, but with a base directory whether
 * the logo can be read is checked all the same, as for the bulletin's other outputs. Instances are
 * immutable and thread-safe: build one and reuse it.
 */
public final class EasyReadHtmlRenderer extends PageRenderer {
  private EasyReadHtmlRenderer(RenderOptions options) {
    super(options, "-easy-read.html", Stylesheet.easyRead(Objects.requireNonNull(options, "options").theme()));
  }

  /** A renderer with {@code options}. */
  public static EasyReadHtmlRenderer with(RenderOptions options) {
    return new EasyReadHtmlRenderer(options);
  }

  /** A renderer with {@link RenderOptions#defaults()}. */
  public static EasyReadHtmlRenderer create() {
    return with(RenderOptions.defaults());
  }

  /**
   * The Easy Read page of {@code bulletin}, as a string.
   *
   * @throws BulletinInvalidException if the bulletin breaks a document rule
   */
  @Override
  public String render(Bulletin bulletin) {
    return new String(page(bulletin, Companions.none()), StandardCharsets.UTF_8);
  }

  /** The Easy Read page lists no other files: {@code companions} make no difference. */
  @Override
  byte[] page(Bulletin bulletin, Companions companions) {
    EasyReadModel model = EasyReadModel.of(bulletin, rendering.check(bulletin));
    return ScreenPage.easyRead(bulletin, model, rendering.options(), css);
  }
}
