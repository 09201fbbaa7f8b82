package org.safeguarding.bulletin.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.render.internal.EasyReadWords;
import org.safeguarding.bulletin.render.pictogram.PictogramSet;

/**
 * The first page: the series, the title as the only first-level heading, and picture rows saying
 * that this is the easy read version, who made it, and (when there is a glossary) what bold means.
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
      document.runs(p, document.labelLanguage()).plain(EasyReadWords.versionOf());
      document.runs(p, bulletin.language()).bold().plain(bulletin.title());
      document.runs(p, document.labelLanguage()).plain(".");
    });
    rows.row(pictures.picture(Pictogram.PEOPLE), cell ->
        document.runs(document.paragraph(cell), document.labelLanguage()).plain(EasyReadWords.madeBy(bulletin)));
    if (!bulletin.glossary().isEmpty()) {
      rows.row(pictures.picture(Pictogram.HELP), cell ->
          document.runs(document.paragraph(cell), document.labelLanguage())
              .write(EasyReadWords.hardWordsInBold()));
    }
  }
}
