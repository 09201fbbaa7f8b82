package org.safeguarding.bulletin.render.html;

import java.time.LocalDate;
import java.util.List;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.CalloutTone;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Paragraph;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.model.Section;

/** Bulletins with one given text in every place that takes text, to show how text is written. */
public final class TextBulletins {
  private TextBulletins() {}

  /** A bulletin using every block type, with {@code text} in each of its text fields. */
  public static Bulletin everywhere(String text) {
    InlineText inline = InlineText.parse(text);
    Contact contact = Contact.builder("contact", text).organisation(text).audience(text).hours(text)
        .emergency(true).phone("999").build();
    Section section = Section.builder(text)
        .add(new Paragraph(inline))
        .add(new ListBlock(List.of(inline, inline), false))
        .add(new RisksBlock(List.of("risk"), inline))
        .add(new ContactsBlock(List.of("contact"), inline))
        .add(new Callout(inline, CalloutTone.URGENT))
        .build();
    return Bulletin.builder("text").layout(Layout.FREE).title(text).series(text, text).summary(text)
        .published(LocalDate.of(2026, 11, 27))
        .publisher(new Publisher(text, "https://example.org", null))
        .risk(new Risk("risk", text, List.of(text, text), inline))
        .contact(contact)
        .glossary(text + " term", text)
        .section(section)
        .build();
  }
}
