package org.safeguarding.bulletin.render.docx;

import org.safeguarding.bulletin.render.internal.EasyReadPoint;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadSection;
import org.safeguarding.bulletin.render.pictogram.PictogramSet;

/** One section, on a page of its own: a second-level heading, then a picture row for each point. */
final class SectionWriter {
  private SectionWriter() {}

  /** Writes {@code section}, starting a new page. */
  static void write(EasyReadDocument document, EasyReadSection section) {
    document.heading(2, section.heading(), document.language(), true);
    PictogramSet pictures = document.settings().pictograms();
    PictureRows rows = PictureRows.start(document);
    for (EasyReadPoint point : section.points()) {
      rows.row(pictures.picture(point.pictogram()), cell -> document.text(document.paragraph(cell), point.text()));
    }
  }
}
