package org.safeguarding.bulletin.render.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.RenderException;
import org.safeguarding.bulletin.render.Theme;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.render.internal.JdkTransformers;
import org.safeguarding.bulletin.render.internal.page.PrintPictures;
import org.safeguarding.bulletin.wording.Wording;

/**
 * Lays out a print page with openhtmltopdf and writes it as a tagged PDF/UA-1 and PDF/A-2a document:
 * the fonts (read once, lent to each document, only the families the page needs), the parsed base
 * style sheet, the running title, the outline, the fixed metadata and the document ID. The PDF and
 * the Easy Read PDF share it, each with its own page and base style sheet. Thread-safe.
 */
final class PrintEngine {
  /** The producer written into every PDF, fixed so that output does not change with the engine. */
  static final String PRODUCER = "safeguarding-bulletin (openhtmltopdf, Apache PDFBox)";
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private final RenderOptions options;
  private final Theme theme;
  private final PrintPictureStreams pictures;
  private final FontCoverage coverage;
  private final ParsedFonts parsedFonts = new ParsedFonts();
  private final FontMetricsCache fontMetrics = new FontMetricsCache();

  PrintEngine(RenderOptions options, PrintPictures pictures, List<PdfFontFamily> fonts) {
    this.options = options;
    this.theme = options.theme();
    this.pictures = new PrintPictureStreams(pictures);
    this.coverage = new FontCoverage(fonts);
  }

  /** Which characters the fonts can show. */
  FontCoverage coverage() {
    return coverage;
  }

  /**
   * Lays out {@code page} (a print page of {@code bulletin}, its {@code <style>} element empty) with
   * the base style sheet from {@code stylesheets} and the running title, and writes the PDF to
   * {@code out}, which is not closed.
   *
   * @throws UnsupportedTextException if the page has characters that no font family can show
   * @throws RenderException if the PDF engine fails to lay out or write the pages
   */
  void write(Bulletin bulletin, Wording wording, Document page, ParsedStylesheets stylesheets, OutputStream out)
      throws IOException {
    // The style names the fonts, so it is written once the text has said which fonts it needs.
    FontCoverage.PageNeeds needs = coverage.needsOf(page);
    if (needs.rightToLeft()) {
      IsolatedNumbers.isolate(page);
    }
    List<PdfFontFamily> needed = needs.families();
    FooterOrder footer = footerOrder(page, needs);
    String pageStyle = PrintStylesheet.runningTitle(theme, needed, bulletin.title(), wording, footer);
    page.head().selectFirst("style").appendChild(new DataNode(pageStyle));
    ParsedStylesheets.Base style = stylesheets.base(needed, footer.rightToLeft());
    LocalDate date = options.date(bulletin);
    byte[] id = documentId(page, style.sha256(), date);
    // The XMP metadata is written through JAXP: with the JDK's serialiser whatever the class path.
    JdkTransformers.run(() -> writePdf(page, style, needs, date, id, out));
  }

  /** Lays out {@code page} and writes it as a PDF dated {@code date} with the document ID {@code id}. */
  private void writePdf(Document page, ParsedStylesheets.Base style, FontCoverage.PageNeeds needs, LocalDate date,
      byte[] id, OutputStream out) throws IOException {
    // The engine closes this document when it is closed; the fonts go back after that.
    PDDocument pdf = new PDDocument();
    try (ParsedFonts.Loan fonts = parsedFonts.loan();
        PdfBoxRenderer renderer = engine(new W3CDom().fromJsoup(page), style, needs, pdf, fonts).buildPdfRenderer()) {
      layOut(renderer);
      FixedMetadata.apply(pdf, date, id);
      // PDFBox writes in small pieces; the caller's stream may not be buffered.
      BufferedOutputStream buffered = new BufferedOutputStream(out, 64 * 1024);
      if (needs.rightToLeft()) {
        RightToLeftText.save(pdf, "rtl".equals(page.child(0).attr("dir")), buffered);
      } else {
        pdf.save(buffered);
      }
      buffered.flush();
    }
  }

  /** openhtmltopdf's builder, set up for one document. */
  private PdfRendererBuilder engine(org.w3c.dom.Document xhtml, ParsedStylesheets.Base style,
      FontCoverage.PageNeeds needs, PDDocument pdf, ParsedFonts.Loan fonts) {
    PdfRendererBuilder engine = new PdfRendererBuilder()
        .usePDDocument(pdf)
        .useNamespaceHandler(new PrintNamespaceHandler(style))
        .useCacheStore(CacheStore.PDF_FONT_METRICS, fontMetrics)
        .useProtocolsStreamImplementation(pictures, PrintPictures.SCHEME)
        .useFastMode()
        .usePdfUaAccessibility(true)
        .usePdfAConformance(PdfAConformance.PDFA_2_A)
        .useColorProfile(SRGB)
        .withProducer(PRODUCER)
        .withDiagnosticConsumer(EngineDiagnostics::report)
        .withW3cDocument(xhtml, "about:blank");
    if (needs.rightToLeft()) {
      // Only pages with right-to-left text pay for splitting every paragraph into directional runs.
      engine.useUnicodeBidiSplitter(IcuBidiSplitter::new).useUnicodeBidiReorderer(ShapingReorderer.INSTANCE);
    }
    for (PdfFontFamily family : needs.families()) {
      for (FontFace face : FontFace.values()) {
        engine.useFont(new LazyFont(pdf, fonts, family, face), family.name(), face.weight(),
            face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
      }
    }
    return engine;
  }

  /** How the footer's text goes to the engine: reordered if the page has right-to-left text. */
  private static FooterOrder footerOrder(Document page, FontCoverage.PageNeeds needs) {
    return needs.rightToLeft() ? new FooterOrder(true, "rtl".equals(page.child(0).attr("dir"))) : FooterOrder.AS_IS;
  }

  /** Lays out and draws the pages, leaving the document open for its metadata to be fixed. */
  private static void layOut(PdfBoxRenderer renderer) {
    try {
      renderer.layout();
      renderer.createPDFWithoutClosing();
    } catch (IOException | RuntimeException e) {
      throw new RenderException("PDF", "laying out the pages", e);
    }
  }

  /**
   * 16 bytes of the SHA-256 of the page (as written without indentation), the SHA-256 of its base
   * style sheet and the date: the same bulletin and settings, the same ID.
   */
  private static byte[] documentId(Document page, byte[] baseCssSha256, LocalDate date) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      page.outputSettings().prettyPrint(false);
      sha.update(page.outerHtml().getBytes(StandardCharsets.UTF_8));
      sha.update(baseCssSha256);
      sha.update(date.toString().getBytes(StandardCharsets.UTF_8));
      return Arrays.copyOf(sha.digest(), 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
