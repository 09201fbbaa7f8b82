package org.safeguarding.bulletin.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.render.internal.EasyReadWords;
import org.safeguarding.bulletin.render.internal.Presentation;

/**
 * The "Who to contact" page, last: a picture row for each contact, emergency contacts first, with
 * its name in bold, its phone number large and bold, who it is for, and when it is open.
 */
final class ContactsPage {
  private static final int SPACE_IN_CONTACT = 60;
  private static final int SPACE_AFTER_CONTACT = 360;

  private ContactsPage() {}

  /** Writes the page, if the bulletin has contacts. */
  static void write(EasyReadDocument document) {
    if (document.bulletin().contacts().isEmpty()) {
      return;
    }
    document.heading(2, EasyReadWords.WHO_TO_CONTACT, EasyReadWords.LANGUAGE, true);
    PictureRows rows = PictureRows.start(document);
    for (Contact contact : Presentation.emergencyFirst(document.bulletin().contacts())) {
      rows.row(document.settings().pictograms().picture(Presentation.contactPictogram(contact)),
          cell -> contact(document, cell, contact));
    }
  }

  private static void contact(EasyReadDocument document, XWPFTableCell cell, Contact contact) {
    String language = document.language();
    if (contact.emergency()) {
      document.runs(line(document, cell), EasyReadWords.LANGUAGE).bold().plain(EasyReadWords.EMERGENCY);
    }
    document.runs(line(document, cell), language).bold().plain(Presentation.contactName(contact));
    if (contact.phone() != null) {
      XWPFRun number = document.runs(line(document, cell), language).bold()
          .link(contact.phone().telUri(), contact.phone().display());
      number.setFontSize(document.settings().numberSize());
    }
    labelled(document, cell, null, contact.audience());
    labelled(document, cell, EasyReadWords.OPEN, contact.hours());
    if (contact.website() != null) {
      XWPFParagraph web = line(document, cell);
      document.runs(web, EasyReadWords.LANGUAGE).plain(EasyReadWords.WEBSITE + " ");
      document.runs(web, language).link(contact.website(), Presentation.address(contact.website()));
    }
    if (contact.email() != null) {
      XWPFParagraph email = line(document, cell);
      document.runs(email, EasyReadWords.LANGUAGE).plain(EasyReadWords.EMAIL + " ");
      document.runs(email, language).link("mailto:" + contact.email(), contact.email());
    }
    cell.getParagraphs().get(cell.getParagraphs().size() - 1).setSpacingAfter(SPACE_AFTER_CONTACT);
  }

  private static void labelled(EasyReadDocument document, XWPFTableCell cell, @Nullable String label, @Nullable String text) {
    if (text == null) {
      return;
    }
    XWPFParagraph paragraph = line(document, cell);
    if (label != null) {
      document.runs(paragraph, EasyReadWords.LANGUAGE).plain(label + " ");
    }
    document.runs(paragraph, document.language()).plain(text);
  }

  private static XWPFParagraph line(EasyReadDocument document, XWPFTableCell cell) {
    XWPFParagraph paragraph = document.paragraph(cell);
    paragraph.setSpacingAfter(SPACE_IN_CONTACT);
    return paragraph;
  }
}
