package org.safeguarding.bulletin.render.docx;

import org.safeguarding.bulletin.render.internal.EasyReadPoint;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadSection;

/**
 * One section: a second-level heading, then a picture row for each point. Sections follow one
 * another on the page, points flowing several to a page as Easy Read documents have them; a
 * section's heading keeps with its first row (the heading style keeps with the next paragraph), and
 * a row never breaks across pages. No row keeps with the next: LibreOffice reads that as keeping the
 * whole table with what follows, which put every section back on a page of its own. The first
 * section starts a new page, after the cover.
 */
final class SectionWriter {
  private SectionWriter() {}

  /**
   * Writes {@code section}, on a new page if it is the {@code first}; returns its rows, which the
   * contacts continue when the section is headed like them.
   */
  static PictureRows write(EasyReadDocument document, EasyReadSection section, boolean first) {
    document.heading(2, section.heading(), document.language(), first);
    PictureRows rows = document.table();
    for (EasyReadPoint point : section.points()) {
      rows.row(point.pictogram(), () -> document.paragraph(ParagraphFormat.PLAIN, () -> document.text(point.text())));
    }
    return rows;
  }
}
