package org.safeguarding.bulletin.render.internal.page;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.render.internal.ContactDetail;
import org.safeguarding.bulletin.render.internal.LeftToRightRuns;
import org.safeguarding.bulletin.render.internal.Presentation;
import org.safeguarding.bulletin.wording.Word;

/**
 * Writes a contacts box: each contact with its name as a heading, its phone number as a large
 * dialable link that says who it reaches, and its other details. Emergency contacts come first and
 * say so in words.
 */
record HtmlContactWriter(Labels labels, GlossaryTerms terms, LeftToRightRuns runs) {

  /** Appends the box to {@code parent} and returns it. */
  Element write(List<Contact> contacts, @Nullable InlineText intro, Element parent) {
    Element box = parent.appendElement("div").attr("class", "contacts");
    if (intro != null) {
      HtmlInlineWriter.write(intro, box.appendElement("p").attr("class", "intro"), terms, runs);
    }
    Element list = box.appendElement("ul").attr("class", "contact-list");
    contacts.forEach(contact -> contact(contact, list.appendElement("li")));
    return box;
  }

  private void contact(Contact contact, Element item) {
    item.addClass("contact");
    if (contact.emergency()) {
      item.addClass("contact--emergency");
      labels.mark(item.appendElement("p").attr("class", "contact__flag").text(labels.get(Word.EMERGENCY)));
    }
    HtmlInlineWriter.isolated(Presentation.contactName(contact), item.appendElement("h3").attr("class", "contact__name"), runs);
    if (contact.phone() != null) {
      phone(contact, item.appendElement("p").attr("class", "contact__phone"));
    }
    List<ContactDetail> details = Presentation.details(labels.wording(), contact);
    if (!details.isEmpty()) {
      Element dl = item.appendElement("dl").attr("class", "contact__details");
      details.forEach(detail -> detail(detail, dl.appendElement("div")));
    }
  }

  /** The link's text is the whole {@link Presentation#callLabel call label}, with the number set large. */
  private void phone(Contact contact, Element paragraph) {
    Element link = paragraph.appendElement("a").attr("class", "phone").attr("href", contact.phone().telUri());
    List<String> around = Presentation.callAround(labels.wording(), contact);
    link.appendElement("span").attr("class", "phone__who").text(around.get(0).strip());
    link.appendText(" ");
    // A number keeps its own left-to-right order in a right-to-left page, where the block stays aligned.
    link.appendElement("span").attr("class", "phone__number").appendElement("bdi").attr("dir", "ltr")
        .text(contact.phone().display());
    if (!around.get(1).isBlank()) {
      link.appendText(" ");
      link.appendElement("span").attr("class", "phone__who").text(around.get(1).strip());
    }
  }

  private void detail(ContactDetail detail, Element group) {
    labels.mark(group.appendElement("dt").text(detail.label()));
    Element dd = group.appendElement("dd");
    if (detail.target() == null) {
      dd.text(detail.text());
    } else {
      // An address reads left to right in every language: isolated, it keeps its order in a right-to-left page.
      dd.appendElement("a").attr("href", detail.target()).attr("dir", "ltr").text(detail.text());
    }
  }
}
