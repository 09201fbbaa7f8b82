package org.safeguarding.bulletin.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Document;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.Companions;
import org.safeguarding.bulletin.render.RenderException;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.render.internal.page.PrintPage;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadModel;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.Problem;

/**
 * Renders the Easy Read version of a bulletin as a tagged PDF that conforms to PDF/UA-1 and PDF/A-2a,
 * like {@link PdfRenderer}'s: the same text, pictures and order as the Easy Read DOCX and page (all
 * are written from one model), laid out from the Easy Read page with a print style sheet, in 16 pt
 * type, each point a row with its picture at the start: on the left, or on the right for a language
 * written right to left. Headings, lists, links and pictures (with their text alternatives) are
 * tagged, and the outline has a bookmark for each part.
 *
 * <p>It is made from a {@link PdfRenderer}, whose settings it takes (its {@link RenderOptions} and
 * fonts) and whose fonts it shares: what that renderer cannot show, for example text in a script
 * that needs shaping, it refuses too (see {@link PdfRenderer#problems(Bulletin)}).
 *
 * <pre>{@code
 * EasyReadPdfRenderer renderer = EasyReadPdfRenderer.with(RenderOptions.builder().pageSize(PageSize.LETTER).build());
 * try (OutputStream out = Files.newOutputStream(Path.of(renderer.fileName(bulletin)))) {
 *   renderer.render(bulletin, out);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: build one and reuse it.
 */
public final class EasyReadPdfRenderer implements BulletinRenderer {
  private final PdfRenderer pdf;
  private final ParsedStylesheets stylesheets;

  private EasyReadPdfRenderer(PdfRenderer pdf) {
    this.pdf = pdf;
    this.stylesheets = new ParsedStylesheets(pdf.options().theme(), pdf.options().pageSize(),
        PrintStylesheet.EASY_READ_RESOURCE);
  }

  /** An Easy Read renderer with the settings, and the fonts, of {@code pdf}. */
  public static EasyReadPdfRenderer of(PdfRenderer pdf) {
    return new EasyReadPdfRenderer(Objects.requireNonNull(pdf, "pdf"));
  }

  /** An Easy Read renderer with the default settings of {@link PdfRenderer#create()}. */
  public static EasyReadPdfRenderer create() {
    return of(PdfRenderer.create());
  }

  /** An Easy Read renderer with the default fonts and {@code options}. */
  public static EasyReadPdfRenderer with(RenderOptions options) {
    return of(PdfRenderer.with(options));
  }

  /**
   * Writes the Easy Read version of {@code bulletin} to {@code out} as a PDF; {@code out} is not
   * closed. It names no other file: {@code companions} makes no difference.
   *
   * @throws BulletinInvalidException if the bulletin breaks a document rule or has text that the
   *     PDF cannot show (see {@link #problems(Bulletin)})
   * @throws UnsupportedTextException if the library's own words have characters that no font
   *     family can show
   * @throws RenderException if the PDF engine fails to lay out or write the pages
   * @throws IOException if {@code out} cannot be written
   */
  @Override
  public void render(Bulletin bulletin, Companions companions, OutputStream out) throws IOException {
    Objects.requireNonNull(companions, "companions");
    pdf.write(bulletin, out, stylesheets, wording -> {
      Document page = PrintPage.easyRead(bulletin, EasyReadModel.of(bulletin, wording), pdf.pictures());
      PrintLongParts.mark(page, pdf.options().pageSize());
      return page;
    });
  }

  /** {@inheritDoc} The same as {@link PdfRenderer#problems(Bulletin)}'s. */
  @Override
  public List<Problem> problems(Bulletin bulletin) {
    return pdf.problems(bulletin);
  }

  /** {@code <id>-easy-read.pdf}. */
  @Override
  public String fileName(Bulletin bulletin) {
    return Objects.requireNonNull(bulletin, "bulletin").id() + "-easy-read.pdf";
  }
}
