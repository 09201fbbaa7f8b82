package org.safeguarding.bulletin.render.docx;

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
    String series = model.series();
    if (series != null) {
      document.paragraph(ParagraphFormat.PLAIN, () -> document.runs(model.language()).bold().plain(series));
    }
    document.heading(1, model.title(), model.language(), false);
    PictureRows rows = document.table();
    for (PictureRow row : model.cover()) {
      rows.row(row.picture(), () -> {
        for (Line line : row.lines()) {
          document.paragraph(ParagraphFormat.PLAIN, () -> document.line(line));
        }
      });
    }
  }
}
