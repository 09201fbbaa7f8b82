package org.safeguarding.bulletin.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.Theme;
import org.safeguarding.bulletin.render.SourceSettings;
import org.safeguarding.bulletin.render.internal.PictureTexts;
import org.safeguarding.bulletin.render.internal.Validation;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadModel;
import org.safeguarding.bulletin.render.pictogram.PictogramSet;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.Problem;
import org.safeguarding.bulletin.wording.Wordings;

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
 * <p>Instances are immutable and thread-safe: build one and reuse it.
 */
public final class EasyReadHtmlRenderer implements BulletinRenderer {
  private final PictogramSet pictograms;
  private final Validation validation;
  private final Wordings wordings;
  private final String css;

  private EasyReadHtmlRenderer(Theme theme, PictogramSet pictograms, Validation validation, Wordings wordings) {
    this.pictograms = pictograms;
    this.validation = validation;
    this.wordings = wordings;
    this.css = Stylesheet.easyRead(theme);
  }

  /** A renderer with the default settings (see {@link Builder}). */
  public static EasyReadHtmlRenderer create() {
    return builder().build();
  }

  /** A new builder, with the default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The page shows no logo: with a base directory, whether the logo can be read is checked all
   * the same, as for the bulletin's other outputs.
   */
  @Override
  public List<Problem> problems(Bulletin bulletin) {
    return validation.problems(Objects.requireNonNull(bulletin, "bulletin"));
  }

  /**
   * Writes the Easy Read page of {@code bulletin} to {@code out} as UTF-8 HTML; {@code out} is not
   * closed.
   *
   * @throws BulletinInvalidException if the bulletin breaks a document rule
   * @throws IOException if {@code out} cannot be written
   */
  @Override
  public void render(Bulletin bulletin, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(render(bulletin).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The Easy Read page of {@code bulletin}, as a string.
   *
   * @throws BulletinInvalidException if the bulletin breaks a document rule
   * @throws IOException if the logo cannot be read
   */
  public String render(Bulletin bulletin) throws IOException {
    Objects.requireNonNull(bulletin, "bulletin");
    validation.check(bulletin);
    EasyReadModel model = EasyReadModel.of(bulletin, wordings.forLanguage(bulletin.language()));
    return PageText.of(new EasyReadPage(bulletin, model, css, p -> picture(p, model), false).build());
  }

  /** {@code <id>-easy-read.html}. */
  @Override
  public String fileName(Bulletin bulletin) {
    return Objects.requireNonNull(bulletin, "bulletin").id() + "-easy-read.html";
  }

  /** The picture for {@code pictogram}, as an SVG inside the page. */
  private PageImage picture(Pictogram pictogram, EasyReadModel model) {
    return new PageImage(DataUri.svg(pictograms.picture(pictogram).svgText()),
        PictureTexts.altText(pictograms, pictogram, model.altText(pictogram)));
  }

  /**
   * Builds an {@link EasyReadHtmlRenderer}. Every setting has a default; those about the input are
   * described in {@link SourceSettings}.
   */
  public static final class Builder extends SourceSettings<Builder> {
    private Theme theme = Theme.standard();
    private PictogramSet pictograms = PictogramSet.builtIn();

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** The colours; {@link Theme#standard()} by default. The page shows no logo. */
    public Builder theme(Theme theme) {
      this.theme = Objects.requireNonNull(theme, "theme");
      return this;
    }

    /** The pictures; {@link PictogramSet#builtIn()} by default, the same as the Easy Read DOCX's. */
    public Builder pictograms(PictogramSet pictograms) {
      this.pictograms = Objects.requireNonNull(pictograms, "pictograms");
      return this;
    }

    /** Builds the renderer. */
    public EasyReadHtmlRenderer build() {
      return new EasyReadHtmlRenderer(theme, pictograms, new Validation(baseDirectory(), fileRoot(), limits()),
          wordings());
    }
  }
}
