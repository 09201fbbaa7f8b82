package org.safeguarding.bulletin.render.docx;

import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jspecify.annotations.Nullable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.safeguarding.bulletin.render.internal.ContactDetail;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadContact;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadModel;

/**
 * The "Who to contact" page: a picture row for each contact, emergency contacts first, with its name
 * in bold, its phone number large and bold, then who it is for, when it is open, its website and its
 * email address, each labelled. When the last section is headed the same, the contacts continue it,
 * with no heading of their own (see {@link EasyReadModel}).
 */
final class ContactsPage {
  private static final int SPACE_IN_CONTACT = 60;
  private static final int SPACE_AFTER_CONTACT = 360;

  private ContactsPage() {}

  /**
   * Writes the contacts, which the bulletin has: on a page of their own, or as more rows of {@code
   * lastSection}, the rows of the last section (one table: Word would join two tables that touch,
   * and an empty paragraph between them is not allowed). The model gives the contacts their own
   * heading whenever there is no last section.
   */
  static void write(EasyReadDocument document, @Nullable PictureRows lastSection) {
    String heading = document.model().contactsHeading();
    PictureRows rows;
    if (heading != null) {
      document.heading(2, heading, document.labelLanguage(), true);
      rows = PictureRows.start(document);
    } else {
      rows = Objects.requireNonNull(lastSection, "lastSection");
    }
    for (EasyReadContact contact : document.model().contacts()) {
      rows.row(contact.picture(), cell -> contact(document, cell, contact));
    }
  }

  private static void contact(EasyReadDocument document, XWPFTableCell cell, EasyReadContact contact) {
    if (contact.emergency() != null) {
      document.runs(line(document, cell), document.labelLanguage()).bold().plain(contact.emergency());
    }
    document.runs(line(document, cell), document.language()).bold().plain(contact.name());
    if (contact.phone() != null) {
      document.runs(line(document, cell), document.language()).bold().size(document.settings().numberSize())
          .link(contact.phone().telUri(), contact.phone().display());
    }
    for (ContactDetail detail : contact.details()) {
      XWPFParagraph paragraph = line(document, cell);
      document.runs(paragraph, document.labelLanguage()).plain(detail.label() + ": ");
      InlineRuns words = document.runs(paragraph, document.language());
      if (detail.target() == null) {
        words.plain(detail.text());
      } else {
        words.link(detail.target(), detail.text());
      }
    }
    cell.getParagraphs().get(cell.getParagraphs().size() - 1).setSpacingAfter(SPACE_AFTER_CONTACT);
  }

  private static XWPFParagraph line(EasyReadDocument document, XWPFTableCell cell) {
    XWPFParagraph paragraph = document.paragraph(cell);
    paragraph.setSpacingAfter(SPACE_IN_CONTACT);
    return paragraph;
  }
}
