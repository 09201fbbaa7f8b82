package org.safeguarding.bulletin.render.docx;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.PhoneNumber;
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
  /** A line of a contact. */
  private static final ParagraphFormat LINE = ParagraphFormat.spaceAfter(60);

  /** A contact's last line, with room after it. */
  private static final ParagraphFormat LAST_LINE = ParagraphFormat.spaceAfter(360);

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
      rows = document.table();
    } else {
      rows = Objects.requireNonNull(lastSection, "lastSection");
    }
    for (EasyReadContact contact : document.model().contacts()) {
      rows.row(contact.picture(), () -> contact(document, contact));
    }
  }

  /** The contact's lines, a paragraph each, with room after the last. */
  private static void contact(EasyReadDocument document, EasyReadContact contact) {
    List<Runnable> lines = new ArrayList<>();
    String emergency = contact.emergency();
    if (emergency != null) {
      lines.add(() -> document.runs(document.labelLanguage()).bold().plain(emergency));
    }
    lines.add(() -> document.runs(document.language()).bold().plain(contact.name()));
    PhoneNumber phone = contact.phone();
    if (phone != null) {
      lines.add(() -> document.runs(document.language()).bold().size(document.settings().numberSize())
          .link(phone.telUri(), phone.display()));
    }
    for (ContactDetail detail : contact.details()) {
      lines.add(() -> {
        document.runs(document.labelLanguage()).plain(detail.label() + ": ");
        InlineRuns words = document.runs(document.language());
        String target = detail.target();
        if (target == null) {
          words.plain(detail.text());
        } else {
          words.link(target, detail.text());
        }
      });
    }
    for (int i = 0; i < lines.size(); i++) {
      document.paragraph(i == lines.size() - 1 ? LAST_LINE : LINE, lines.get(i));
    }
  }
}
