package org.safeguarding.bulletin.render.text;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.Block;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Paragraph;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.render.internal.Presentation;
import org.safeguarding.bulletin.wording.Wording;

/**
 * Writes each kind of block of a section as plain text, each in a block of its own: paragraphs,
 * lists ("- item", "1. item"), risks with what they include, contacts, and callouts after their
 * label ("Urgent: …").
 *
 * @param bulletin the bulletin, whose risks and contacts the blocks name
 * @param wording the library's words
 * @param lines where the blocks are written
 */
record TextBlockWriter(Bulletin bulletin, Wording wording, TextLines lines) implements Block.Visitor<Void> {

  @Override
  public Void paragraph(Paragraph paragraph) {
    intro(paragraph.text());
    return null;
  }

  @Override
  public Void list(ListBlock list) {
    lines.block();
    List<InlineText> items = list.items();
    for (int i = 0; i < items.size(); i++) {
      String marker = list.ordered() ? (i + 1) + ". " : "- ";
      lines.add(InlineWriter.write(items.get(i)), marker, " ".repeat(marker.length()));
    }
    return null;
  }

  @Override
  public Void risks(RisksBlock risks) {
    intro(risks.intro());
    Presentation.risks(bulletin, risks).forEach(this::risk);
    return null;
  }

  private void risk(Risk risk) {
    lines.block().add(risk.name(), "- ", "  ");
    if (risk.description() != null) {
      lines.add(InlineWriter.write(risk.description()), "  ", "  ");
    }
    if (!risk.includes().isEmpty()) {
      lines.add(Presentation.includesLabel(wording, risk), "  ", "  ");
      risk.includes().forEach(name -> lines.add(name, "  - ", "    "));
    }
  }

  @Override
  public Void contacts(ContactsBlock contacts) {
    intro(contacts.intro());
    new TextContacts(wording, lines).write(Presentation.contacts(bulletin, contacts));
    return null;
  }

  @Override
  public Void callout(Callout callout) {
    lines.block().add(Presentation.calloutLabel(wording, callout.tone()) + ": " + InlineWriter.write(callout.text()));
    return null;
  }

  /** A paragraph of inline text in a block of its own, if there is one. */
  private void intro(@Nullable InlineText text) {
    if (text != null) {
      lines.block().add(InlineWriter.write(text));
    }
  }
}
