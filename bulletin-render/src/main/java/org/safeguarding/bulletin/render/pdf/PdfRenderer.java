package org.safeguarding.bulletin.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.RenderException;
import org.safeguarding.bulletin.render.Theme;
import org.safeguarding.bulletin.render.html.PrintPage;
import org.safeguarding.bulletin.render.internal.Validation;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.Limits;
import org.safeguarding.bulletin.wording.Wording;
import org.safeguarding.bulletin.wording.Wordings;
import org.safeguarding.bulletin.validate.Problem;

/**
 * Renders a bulletin as a tagged, accessible PDF that conforms to PDF/UA-1 (ISO 14289-1) and to
 * PDF/A-2a (ISO 19005-2, level A), both checked with veraPDF in the tests. The PDF lays out the
 * same page structure as {@link org.safeguarding.bulletin.render.html.HtmlRenderer}, built by the
 * same code, with a print style sheet: the header band, numbered sections, the contacts box.
 *
 * <ul>
 *   <li>Its title is the bulletin's, shown as the window title, and its language the bulletin's.
 *   <li>Headings run from H1 without gaps; lists, links and pictures are tagged, pictures with
 *       their text alternative; the page footer ("Page 2 of 4") is an artifact, and every phone
 *       number is in the body.
 *   <li>The outline has one bookmark per section.
 *   <li>Fonts are embedded as subsets; a character that no font can show is an error ({@link
 *       UnsupportedTextException}), never an empty box.
 *   <li>Text in the Arabic script (Arabic, Urdu, Persian) is set right to left: split into runs
 *       of one direction by the Unicode Bidirectional Algorithm (ICU4J), its letters joined with
 *       their presentation forms and drawn in Noto Naskh Arabic, and each element that holds it
 *       carries its text in reading order ({@code /ActualText}). A letter that Unicode has no
 *       joined form of for where it stands is refused. Any other script that needs shaping
 *       (Devanagari, Bengali, Gurmukhi ...) or is written right to left (Hebrew ...) is refused
 *       before anything is drawn, as a problem naming the script (see {@link #problems(Bulletin)});
 *       the HTML and DOCX renderers show such text.
 *   <li>Letters with marks are drawn as precomposed letters, the model's text being in NFC; a
 *       combining mark that no precomposed letter has is refused (see {@link #problems(Bulletin)}).
 *   <li>The same bulletin gives the same bytes: the dates are the bulletin's publication date (or
 *       the clock's date, if it has none) and the document ID is made from the content.
 * </ul>
 *
 * <pre>{@code
 * Bulletin bulletin = BulletinJson.reader().read(Path.of("bulletin.json"));
 * PdfRenderer renderer = PdfRenderer.builder()
 *     .pageSize(PageSize.A4)
 *     .baseDirectory(Path.of("."))   // where the publisher's logo is found
 *     .build();
 * try (OutputStream out = Files.newOutputStream(Path.of(renderer.fileName(bulletin)))) {
 *   renderer.render(bulletin, out);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: build one and reuse it. The fonts are read once, when
 * the renderer is built, and the style sheet parsed once, when first needed.
 *
 * <p>Building a renderer turns off the disk cache of {@link ImageIO} ({@code
 * ImageIO.setUseCache(false)}), for the whole Java runtime, as PDFBox itself does when it reads a
 * JPEG. With the cache on, the PDF engine writes and deletes a temporary file for every picture of
 * every document just to read the picture's size, which was a tenth of a document's time; without
 * it, ImageIO keeps what it reads in memory.
 *
 * <p>Building a renderer also makes the PDF engine (openhtmltopdf) log through {@code
 * java.util.logging} like any other library, unless the application gave the engine a logger of its
 * own with {@code XRLog.setLoggerImpl}: its messages go to the loggers under {@code
 * com.openhtmltopdf}, with the application's handlers, and its progress messages (INFO, several a
 * document) are dropped unless the application sets a level on {@code com.openhtmltopdf} or one of
 * its loggers (for example {@code com.openhtmltopdf.level = INFO} in {@code logging.properties}).
 * Warnings and errors pass as the application's logging configuration says.
 */
public final class PdfRenderer implements BulletinRenderer {
  /** The producer written into every PDF, fixed so that output does not change with the engine. */
  static final String PRODUCER = PrintEngine.PRODUCER;

  private final PageSize pageSize;
  private final List<PdfFontFamily> fonts;
  private final Clock clock;
  private final Theme theme;
  private final Validation validation;
  private final PrintEngine engine;
  private final ParsedStylesheets stylesheets;
  private final Wordings wordings;

  private PdfRenderer(Builder builder) {
    EngineLogging.install();
    this.pageSize = builder.pageSize;
    this.fonts = builder.fonts;
    this.clock = builder.clock;
    this.theme = builder.theme;
    this.validation = new Validation(builder.baseDirectory, builder.fileRoot, builder.limits);
    this.engine = new PrintEngine(theme, fonts, clock);
    this.stylesheets = new ParsedStylesheets(theme, pageSize);
    ImageIO.setUseCache(false);
    this.wordings = builder.wordings;
  }

  /** A renderer with the default settings (see {@link Builder}). */
  public static PdfRenderer create() {
    return builder().build();
  }

  /** A new builder, with the default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** The paper size. */
  public PageSize pageSize() {
    return pageSize;
  }

  /** The font families, in the order each character is looked for. */
  public List<PdfFontFamily> fonts() {
    return fonts;
  }

  /** The clock that dates bulletins without a publication date. */
  public Clock clock() {
    return clock;
  }

  /** The theme. */
  public Theme theme() {
    return theme;
  }

  /** The directory that the publisher's logo path is resolved against, if one was given. */
  public @Nullable Path baseDirectory() {
    return validation.baseDirectory();
  }

  /**
   * {@inheritDoc}
   *
   * <p>For the PDF that includes, each at the path of the first text that uses it: every script
   * that the PDF cannot draw correctly, because it needs shaping or is written right to left and is
   * not Arabic (code {@code unsupported-script}, "the PDF cannot show text in the Bengali script
   * correctly ..."), and every Arabic-script letter that cannot be joined where it stands; every
   * script with a character that none of the font families has ({@code unsupported-script}, "no
   * font of the PDF has the Han script (first: U+7F51 '网'; tried ...)"); and every character
   * without a script of its own, such as a private-use character, that none of the families has
   * ({@code unsupported-character}); and every combining mark that no precomposed letter has, such
   * as U+0301 after {@code q}, which the engine would draw beside its letter rather than over it
   * ({@code unsupported-combining-mark}; the model's text is in NFC, so {@code e} + U+0301 is
   * already {@code é} and is drawn right). With a base directory, it also says whether the logo can
   * be read.
   */
  @Override
  public List<Problem> problems(Bulletin bulletin) {
    Objects.requireNonNull(bulletin, "bulletin");
    List<Problem> problems = new ArrayList<>(validation.problems(bulletin));
    problems.addAll(engine.coverage().problems(bulletin));
    problems.addAll(CombiningMarks.problems(bulletin));
    return List.copyOf(problems);
  }

  /**
   * Writes {@code bulletin} to {@code out} as a PDF; {@code out} is not closed.
   *
   * @throws BulletinInvalidException if the bulletin breaks a document rule or has text that the
   *     PDF cannot show (see {@link #problems(Bulletin)})
   * @throws UnsupportedTextException if the library's own words have characters that no font
   *     family can show
   * @throws IllegalArgumentException if the theme's logo is an SVG image, which the PDF cannot show
   * @throws RenderException if the PDF engine fails to lay out or write the pages
   * @throws IOException if the logo cannot be read or {@code out} cannot be written
   */
  @Override
  public void render(Bulletin bulletin, OutputStream out) throws IOException {
    Objects.requireNonNull(bulletin, "bulletin");
    Objects.requireNonNull(out, "out");
    List<Problem> problems = problems(bulletin);
    if (!problems.isEmpty()) {
      throw new BulletinInvalidException(problems);
    }
    Wording wording = wordings.forLanguage(bulletin.language());
    engine.write(bulletin, wording, PrintPage.build(bulletin, wording, "", theme, validation), stylesheets, out);
  }

  /** {@code <id>.pdf}. */
  @Override
  public String fileName(Bulletin bulletin) {
    return Objects.requireNonNull(bulletin, "bulletin").id() + ".pdf";
  }

  /** The engine that lays out and writes the pages, shared with the Easy Read PDF. */
  PrintEngine engine() {
    return engine;
  }

  /** The library's own words, by language. */
  Wordings wordings() {
    return wordings;
  }

  /** Builds a {@link PdfRenderer}. Every setting has a default. */
  public static final class Builder {
    private PageSize pageSize = PageSize.A4;
    private List<PdfFontFamily> fonts = List.of();
    private Clock clock = Clock.systemUTC();
    private Theme theme = Theme.standard();
    private @Nullable Path baseDirectory;
    private @Nullable Path fileRoot;
    private Limits limits = Limits.defaults();
    private Wordings wordings = Wordings.builtIn();

    private Builder() {}

    /** The paper size; {@link PageSize#A4} by default. */
    public Builder pageSize(PageSize pageSize) {
      this.pageSize = Objects.requireNonNull(pageSize, "pageSize");
      return this;
    }

    /**
     * The font families, first choice first: each character is set in the first family that has
     * it. {@link PdfFontFamily#atkinsonHyperlegibleNext()}, {@link PdfFontFamily#notoNaskhArabic()}
     * then {@link PdfFontFamily#dejaVuSans()} by default.
     *
     * @throws IllegalArgumentException if no family is given or two share a name
     */
    public Builder fonts(PdfFontFamily... fonts) {
      List<PdfFontFamily> list = List.of(Objects.requireNonNull(fonts, "fonts"));
      if (list.isEmpty()) {
        throw new IllegalArgumentException("fonts: expected at least one font family, found none");
      }
      if (list.stream().map(PdfFontFamily::name).distinct().count() != list.size()) {
        throw new IllegalArgumentException("fonts: expected families with different names, found " + list);
      }
      this.fonts = list;
      return this;
    }

    /**
     * The clock whose date (in UTC) a bulletin without a publication date is dated with; the system
     * clock by default. A bulletin's own date always comes first.
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** A fixed date for bulletins without a publication date: the same as a fixed {@link #clock}. */
    public Builder date(LocalDate date) {
      Objects.requireNonNull(date, "date");
      return clock(Clock.fixed(date.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    /** The colours (the light palette) and house logo; {@link Theme#standard()} by default. */
    public Builder theme(Theme theme) {
      this.theme = Objects.requireNonNull(theme, "theme");
      return this;
    }

    /**
     * The directory that the publisher's logo path is resolved against, usually the bulletin JSON
     * file's directory. None by default: the publisher's logo is left out (the theme's logo, if any,
     * is shown instead).
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

    /** Builds the renderer, reading the default fonts if no others were given. */
    public PdfRenderer build() {
      if (fonts.isEmpty()) {
        fonts = List.of(PdfFontFamily.atkinsonHyperlegibleNext(), PdfFontFamily.notoNaskhArabic(),
            PdfFontFamily.dejaVuSans());
      }
      return new PdfRenderer(this);
    }
  }
}
