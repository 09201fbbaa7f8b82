package org.safeguarding.bulletin.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadModel;
import org.safeguarding.bulletin.render.internal.easyread.Line;
import org.safeguarding.bulletin.render.internal.easyread.PictureRow;

/**
 * The first page: the series, the title as the only first-level heading, and the model's cover rows
 * (see {@link EasyReadModel#cover()}), a paragraph for each line.
 */
final class CoverPage {
  private CoverPage() {}

  static void write(EasyReadDocument document) {
    EasyReadModel model = document.model();
    if (model.series() != null) {
      XWPFParagraph series = document.paragraph();
      document.runs(series, model.language()).bold().plain(model.series());
    }
    document.heading(1, model.title(), model.language(), false);
    PictureRows rows = PictureRows.start(document);
    for (PictureRow row : model.cover()) {
      rows.row(row.picture(), cell -> {
        for (Line line : row.lines()) {
          document.line(document.paragraph(cell), line);
        }
      });
    }
  }
}
