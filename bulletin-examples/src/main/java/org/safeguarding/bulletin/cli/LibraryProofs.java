package org.safeguarding.bulletin.cli;

import java.util.List;
import org.safeguarding.bulletin.model.Bulletin;

/**
 * What the library's own tests prove of every file a renderer writes, by construction, for the
 * report of {@code render --verify}: only what a test in bulletin-render checks on its test
 * bulletins (named beside each), with the bulletin's language filled in. Not a check of the file
 * itself; the report says so.
 */
final class LibraryProofs {
  private static final String EVERY_TEXT_IN_ORDER = "Every text of the bulletin is in it, in reading order";
  private static final String EVERY_POINT_IN_ORDER = "Every Easy Read point of the bulletin is in it, in order";

  private LibraryProofs() {}

  /** What the tests prove of a file of {@code format} rendered from {@code bulletin}. */
  static List<String> of(OutputFormat format, Bulletin bulletin) {
    String language = bulletin.language();
    return switch (format) {
      case HTML -> List.of("Every text of the bulletin is on the page (HtmlRendererTest)",
          "The page declares the bulletin's language, " + language + ", on its html element (HtmlRendererTest)");
      case PDF -> List.of(EVERY_TEXT_IN_ORDER + " of the tag tree (PdfRendererTest)",
          "The document declares the bulletin's language, " + language + " (PdfRendererTest)",
          "Headings are tagged from one H1 down, no level skipped (PdfRendererTest)");
      case DOCX -> List.of("Every Easy Read text of the bulletin is in it (EasyReadDocxRendererTest)",
          "The document's default language is the bulletin's, " + language + " (EasyReadDocxRendererTest)");
      case TEXT -> List.of(EVERY_TEXT_IN_ORDER + " (TextRendererTest)");
      case EASY_READ_HTML -> List.of(EVERY_POINT_IN_ORDER + " (EasyReadHtmlRendererTest)",
          "The page declares the bulletin's language, " + language + " (EasyReadHtmlRendererTest)");
      case EASY_READ_PDF -> List.of(EVERY_POINT_IN_ORDER + " (EasyReadPdfRendererTest)");
    };
  }
}
