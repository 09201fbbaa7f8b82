package org.safeguarding.bulletin.render.html;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.Theme;
import org.safeguarding.bulletin.render.internal.Validation;
import org.safeguarding.bulletin.validate.Limits;
import org.safeguarding.bulletin.wording.Wording;
import org.safeguarding.bulletin.wording.Wordings;
import org.safeguarding.bulletin.validate.Problem;
import org.safeguarding.bulletin.validate.BulletinInvalidException;

/**
 * Renders a bulletin as one self-contained HTML5 page that meets WCAG 2.2 AA: UTF-8, the style sheet
 * inline, images as {@code data:} URIs, no scripts and no requests to anywhere. The same bulletin
 * always gives the same bytes.
 *
 * <pre>{@code
 * Bulletin bulletin = BulletinJson.reader().read(Path.of("bulletin.json"));
 * HtmlRenderer renderer = HtmlRenderer.builder()
 *     .theme(Theme.standard())
 *     .baseDirectory(Path.of("."))   // where the publisher's logo is found
 *     .build();
 * try (OutputStream out = Files.newOutputStream(Path.of(renderer.fileName(bulletin)))) {
 *   renderer.render(bulletin, out);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: build one and reuse it.
 */
public final class HtmlRenderer implements BulletinRenderer {
  private final Theme theme;
  private final PictogramSource pictograms;
  private final Validation validation;
  private final String css;
  private final Wordings wordings;

  private HtmlRenderer(Builder builder) {
    this.theme = builder.theme;
    this.pictograms = builder.pictograms;
    this.validation = new Validation(builder.baseDirectory, builder.fileRoot, builder.limits);
    this.css = Stylesheet.css(theme);
    this.wordings = builder.wordings;
  }

  /** A renderer with the default settings (see {@link Builder}). */
  public static HtmlRenderer create() {
    return builder().build();
  }

  /** A new builder, with the default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** The theme. */
  public Theme theme() {
    return theme;
  }

  /** Where pictogram artwork comes from. */
  public PictogramSource pictograms() {
    return pictograms;
  }

  /** The directory that the publisher's logo path is resolved against, if one was given. */
  public @Nullable Path baseDirectory() {
    return validation.baseDirectory();
  }

  /**
   * {@inheritDoc}
   *
   * <p>With a base directory, that includes whether the logo can be read and embedded.
   */
  @Override
  public List<Problem> problems(Bulletin bulletin) {
    return validation.problems(Objects.requireNonNull(bulletin, "bulletin"));
  }

  /**
   * Writes {@code bulletin} to {@code out} as UTF-8 HTML; {@code out} is not closed.
   *
   * @throws BulletinInvalidException if the bulletin breaks a document rule
   * @throws IOException if the logo cannot be read or {@code out} cannot be written
   */
  @Override
  public void render(Bulletin bulletin, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(render(bulletin).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The page for {@code bulletin}, as a string.
   *
   * @throws BulletinInvalidException if the bulletin breaks a document rule
   * @throws IOException if the logo cannot be read
   */
  public String render(Bulletin bulletin) throws IOException {
    Objects.requireNonNull(bulletin, "bulletin");
    validation.check(bulletin);
    Wording wording = wordings.forLanguage(bulletin.language());
    Document doc = new HtmlPage(bulletin, wording, css, p -> pictogram(p, wording), PageLogo.of(bulletin, theme, validation), false).build();
    return PageText.of(doc);
  }

  /** {@code <id>.html}. */
  @Override
  public String fileName(Bulletin bulletin) {
    return Objects.requireNonNull(bulletin, "bulletin").id() + ".html";
  }

  /** The section picture for {@code pictogram}, as an SVG inside the page, if the source has one. */
  private Optional<PageImage> pictogram(Pictogram pictogram, Wording wording) {
    return pictograms.svg(pictogram).map(svg -> new PageImage(DataUri.svg(svg), wording.altText(pictogram)));
  }

  /** Builds an {@link HtmlRenderer}. Every setting has a default. */
  public static final class Builder {
    private Theme theme = Theme.standard();
    private PictogramSource pictograms = PictogramSource.builtIn();
    private @Nullable Path baseDirectory;
    private @Nullable Path fileRoot;
    private Limits limits = Limits.defaults();
    private Wordings wordings = Wordings.builtIn();

    private Builder() {}

    /** The colours and house logo; {@link Theme#standard()} by default. */
    public Builder theme(Theme theme) {
      this.theme = Objects.requireNonNull(theme, "theme");
      return this;
    }

    /** Where pictogram artwork comes from; {@link PictogramSource#builtIn()} by default. */
    public Builder pictograms(PictogramSource pictograms) {
      this.pictograms = Objects.requireNonNull(pictograms, "pictograms");
      return this;
    }

    /**
     * The directory that the publisher's logo path is resolved against, usually the bulletin JSON
     * file's directory; the logo is then embedded in the page. None by default: the publisher's logo
     * is left out (the theme's logo, if any, is shown instead), since the page must not refer to
     * files beside it.
     */
    public Builder baseDirectory(Path baseDirectory) {
      this.baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory");
      return this;
    }

    /**
     * The folder the publisher's logo may be anywhere inside, for bulletins that share pictures
     * from a folder above their own; by default no file outside the base directory is read.
     */
    public Builder fileRoot(Path fileRoot) {
      this.fileRoot = Objects.requireNonNull(fileRoot, "fileRoot");
      return this;
    }

    /** The size limits bulletins are checked against; {@link Limits#defaults()} by default. */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The library's own words, by language; {@link Wordings#builtIn()} by default. A bulletin in a
     * language with no wording gets English, marked as English.
     */
    public Builder wordings(Wordings wordings) {
      this.wordings = Objects.requireNonNull(wordings, "wordings");
      return this;
    }

    /** Builds the renderer. */
    public HtmlRenderer build() {
      return new HtmlRenderer(this);
    }
  }
}
