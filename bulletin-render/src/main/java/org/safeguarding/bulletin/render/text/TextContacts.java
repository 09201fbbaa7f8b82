package org.safeguarding.bulletin.render.text;

import java.util.List;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.render.internal.ContactDetail;
import org.safeguarding.bulletin.render.internal.Presentation;
import org.safeguarding.bulletin.wording.Word;
import org.safeguarding.bulletin.wording.Wording;

/**
 * Writes contacts as a list for a mail reader: each contact's name, "Emergency" where it is one, the
 * call label with the number as dialled ("Call West Midlands Police on 999") and its other details,
 * web addresses written out in full.
 *
 * @param wording the library's words
 * @param lines where the contacts are written
 */
record TextContacts(Wording wording, TextLines lines) {

  /** Writes {@code contacts}, in the order given, each in a block of its own. */
  void write(List<Contact> contacts) {
    contacts.forEach(this::contact);
  }

  private void contact(Contact contact) {
    lines.block().add(Presentation.contactName(contact), "- ", "  ");
    if (contact.emergency()) {
      lines.add(wording.get(Word.EMERGENCY), "  ", "  ");
    }
    if (contact.phone() != null) {
      lines.add(Presentation.callLabel(wording, contact), "  ", "  ");
    }
    for (ContactDetail detail : Presentation.details(wording, contact)) {
      lines.add(detail.label() + ": " + shown(detail), "  ", "  ");
    }
  }

  /** A detail as plain text shows it: a web address in full, so that a mail reader links it; else its text. */
  static String shown(ContactDetail detail) {
    String target = detail.target();
    return target != null && (target.startsWith("https:") || target.startsWith("http:")) ? target : detail.text();
  }
}
