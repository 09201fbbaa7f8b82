package org.safeguarding.bulletin.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.safeguarding.bulletin.render.internal.ContactDetail;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadContact;

/**
 * The "Who to contact" page, last: a picture row for each contact, emergency contacts first, with
 * its name in bold, its phone number large and bold, then who it is for, when it is open, its
 * website and its email address, each labelled.
 */
final class ContactsPage {
  private static final int SPACE_IN_CONTACT = 60;
  private static final int SPACE_AFTER_CONTACT = 360;

  private ContactsPage() {}

  /** Writes the page, if the bulletin has contacts. */
  static void write(EasyReadDocument document) {
    if (document.model().contacts().isEmpty()) {
      return;
    }
    document.heading(2, document.model().contactsHeading(), document.labelLanguage(), true);
    PictureRows rows = PictureRows.start(document);
    for (EasyReadContact contact : document.model().contacts()) {
      rows.row(document.settings().pictograms().picture(contact.picture()), cell -> contact(document, cell, contact));
    }
  }

  private static void contact(EasyReadDocument document, XWPFTableCell cell, EasyReadContact contact) {
    if (contact.emergency() != null) {
      document.runs(line(document, cell), document.labelLanguage()).bold().plain(contact.emergency());
    }
    document.runs(line(document, cell), document.language()).bold().plain(contact.name());
    if (contact.phone() != null) {
      XWPFRun number = document.runs(line(document, cell), document.language()).bold()
          .link(contact.phone().telUri(), contact.phone().display());
      number.setFontSize(document.settings().numberSize());
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
