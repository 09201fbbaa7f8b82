package org.safeguarding.bulletin.render.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.safeguarding.bulletin.model.Alternate;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.render.internal.ContactDetail;
import org.safeguarding.bulletin.render.internal.EasyReadWords;
import org.safeguarding.bulletin.render.internal.Presentation;
import org.safeguarding.bulletin.render.pictogram.PictogramSet;
import org.safeguarding.bulletin.wording.Word;

/**
 * The first page: the series, the title as the only first-level heading, and picture rows saying
 * that this is the easy read version, who made it, who checked it, what bold means (when there is a
 * glossary), how to ask for another format, and where the other language versions are.
 */
final class CoverPage {
  private CoverPage() {}

  static void write(EasyReadDocument document) {
    Bulletin bulletin = document.bulletin();
    if (bulletin.series() != null) {
      XWPFParagraph series = document.paragraph();
      document.runs(series, bulletin.language()).bold().plain(bulletin.series().name());
    }
    document.heading(1, bulletin.title(), bulletin.language(), false);
    PictogramSet pictures = document.settings().pictograms();
    PictureRows rows = PictureRows.start(document);
    rows.row(pictures.picture(Pictogram.INFORMATION), cell -> {
      XWPFParagraph p = document.paragraph(cell);
      List<String> around = EasyReadWords.versionOf(document.wording(), bulletin.title());
      document.runs(p, document.labelLanguage()).plain(around.get(0));
      document.runs(p, bulletin.language()).bold().plain(bulletin.title());
      document.runs(p, document.labelLanguage()).plain(around.get(1));
    });
    rows.row(pictures.picture(Pictogram.PEOPLE), cell ->
        document.runs(document.paragraph(cell), document.labelLanguage()).plain(EasyReadWords.madeBy(document.wording(), bulletin)));
    if (bulletin.easyReadReview() != null) {
      rows.row(pictures.picture(Pictogram.PEOPLE), cell -> document.runs(document.paragraph(cell),
          document.labelLanguage()).plain(EasyReadWords.checkedBy(document.wording(), bulletin.easyReadReview())));
    }
    if (!bulletin.glossary().isEmpty()) {
      rows.row(pictures.picture(Pictogram.HELP), cell ->
          document.runs(document.paragraph(cell), document.labelLanguage())
              .write(EasyReadWords.hardWordsInBold(document.wording())));
    }
    if (bulletin.alternativeFormats() != null) {
      rows.row(pictures.picture(Pictogram.PHONE), cell -> alternativeFormats(document, cell));
    }
    if (!bulletin.alternates().isEmpty()) {
      rows.row(pictures.picture(Pictogram.INTERNET), cell -> alternates(document, cell));
    }
  }

  /** How to ask for another format, then each way to reach the contact to ask, a line each. */
  private static void alternativeFormats(EasyReadDocument document, XWPFTableCell cell) {
    Bulletin bulletin = document.bulletin();
    document.text(document.paragraph(cell), bulletin.alternativeFormats().text().inlines());
    Presentation.alternativeFormatsContact(bulletin).ifPresent(contact -> {
      for (ContactDetail part : Presentation.inPassing(document.wording(), contact)) {
        InlineRuns line = document.runs(document.paragraph(cell), document.language());
        if (part.target() == null) {
          line.bold().plain(part.text());
        } else {
          line.link(part.target(), part.text());
        }
      }
    });
  }

  /** Each language version, in its own language: its name and title, then its address as a link. */
  private static void alternates(EasyReadDocument document, XWPFTableCell cell) {
    document.runs(document.paragraph(cell), document.labelLanguage()).plain(document.wording().get(Word.OTHER_LANGUAGES));
    for (Alternate alternate : document.bulletin().alternates()) {
      XWPFParagraph line = document.paragraph(cell);
      document.runs(line, alternate.language()).plain(Presentation.alternateLine(alternate) + " ");
      document.runs(line, alternate.language()).link(alternate.url(), Presentation.withoutScheme(alternate.url()));
    }
  }
}
