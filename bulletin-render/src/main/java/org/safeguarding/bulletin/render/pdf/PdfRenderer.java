package org.safeguarding.bulletin.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Document;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.Companions;
import org.safeguarding.bulletin.render.RenderException;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.render.internal.Rendering;
import org.safeguarding.bulletin.render.internal.page.PrintPage;
import org.safeguarding.bulletin.render.internal.page.PrintPictures;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.Problem;
import org.safeguarding.bulletin.wording.Wording;

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
 *   <li>The same bulletin gives the same bytes, on any day: the dates are the bulletin's date as
 *       its {@link RenderOptions#date(Bulletin) options} give it (its publication date, else a
 *       fixed date, never the clock unless the options ask for it) and the document ID is made
 *       from the content.
 * </ul>
 *
 * <pre>{@code
 * Bulletin bulletin = BulletinJson.reader().read(Path.of("bulletin.json"));
 * PdfRenderer renderer = PdfRenderer.with(RenderOptions.builder()
 *     .pageSize(PageSize.A4)
 *     .baseDirectory(Path.of("."))   // where the publisher's logo is found
 *     .build());
 * try (OutputStream out = Files.newOutputStream(Path.of(renderer.fileName(bulletin)))) {
 *   renderer.render(bulletin, out);
 * }
 * }</pre>
 *
 * <p>Of its {@link RenderOptions} it takes the words, the theme (the light colours, paper having no
 * dark mode, and the house logo), the pictures, the base directory and file root of the publisher's
 * logo (without a base directory it is left out and the theme's logo, if any, shown instead), the
 * limits, the date of an undated bulletin and the paper. Its own setting, the fonts, is its {@link
 * Builder}'s.
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

  private final Rendering rendering;
  private final List<PdfFontFamily> fonts;
  private final PrintPictures pictures;
  private final PrintEngine engine;
  private final ParsedStylesheets stylesheets;

  private PdfRenderer(Builder builder) {
    EngineLogging.install();
    RenderOptions options = builder.options;
    this.rendering = Rendering.of(options, ".pdf");
    this.fonts = builder.fonts;
    this.pictures = PrintPictures.of(options.pictograms());
    this.engine = new PrintEngine(options, pictures, fonts);
    this.stylesheets = new ParsedStylesheets(options.theme(), options.pageSize());
    ImageIO.setUseCache(false);
  }

  /** A new builder, with the default settings: for other fonts. */
  public static Builder builder() {
    return new Builder();
  }

  /** A renderer with the default fonts and {@code options}. */
  public static PdfRenderer with(RenderOptions options) {
    return builder().options(options).build();
  }

  /** A renderer with the default fonts and {@link RenderOptions#defaults()}. */
  public static PdfRenderer create() {
    return builder().build();
  }

  /** The font families, in the order each character is looked for. */
  public List<PdfFontFamily> fonts() {
    return fonts;
  }

  /** The options this renderer was made with, shared with the Easy Read PDF. */
  RenderOptions options() {
    return rendering.options();
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
    List<Problem> problems = new ArrayList<>(rendering.problems(bulletin));
    problems.addAll(engine.coverage().problems(bulletin));
    problems.addAll(CombiningMarks.problems(bulletin));
    return List.copyOf(problems);
  }

  /**
   * Writes {@code bulletin} to {@code out} as a PDF; {@code out} is not closed. The PDF names {@code
   * companions}' web page in its footer ("Web page: online-risks-and-harms.html"), as text, since a
   * PDF may be read far from the page's folder.
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
  public void render(Bulletin bulletin, Companions companions, OutputStream out) throws IOException {
    Objects.requireNonNull(companions, "companions");
    write(bulletin, out, stylesheets, wording -> {
      Document page = PrintPage.build(bulletin, rendering.options(), rendering.validation(), pictures, companions);
      PrintRiskRows.add(page);
      PrintContactRows.add(page, fonts);
      PrintRightToLeft.adapt(page);
      if (rendering.options().qrCodes()) {
        PrintQrCodes.add(page, wording);
      }
      PrintContactBoxes.mark(page, rendering.options().pageSize());
      return page;
    });
  }

  /**
   * Checks {@code bulletin} as {@link #problems(Bulletin)} does, then lays out the print page that
   * {@code page} makes, with the base style sheet from {@code sheets}, and writes it to {@code out}:
   * the PDF's way to write, and the Easy Read PDF's.
   */
  void write(Bulletin bulletin, OutputStream out, ParsedStylesheets sheets, PageSource page) throws IOException {
    Objects.requireNonNull(out, "out");
    List<Problem> problems = problems(bulletin);
    if (!problems.isEmpty()) {
      throw new BulletinInvalidException(problems);
    }
    Wording wording = rendering.options().wording(bulletin);
    engine.write(bulletin, wording, page.build(wording), sheets, out);
  }

  /** Makes a print page in the library's words for the bulletin. */
  @FunctionalInterface
  interface PageSource {
    /** The print page, with {@code wording}; its {@code <style>} element empty. */
    Document build(Wording wording) throws IOException;
  }

  /** {@code <id>.pdf}. */
  @Override
  public String fileName(Bulletin bulletin) {
    return rendering.fileName(bulletin);
  }

  /** The print pictures, shared with the Easy Read PDF. */
  PrintPictures pictures() {
    return pictures;
  }

  /** Builds a {@link PdfRenderer}. Every setting has a default. */
  public static final class Builder {
    private RenderOptions options = RenderOptions.defaults();
    private List<PdfFontFamily> fonts = List.of();

    private Builder() {}

    /** The settings every renderer shares; {@link RenderOptions#defaults()} by default. */
    public Builder options(RenderOptions options) {
      this.options = Objects.requireNonNull(options, "options");
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
