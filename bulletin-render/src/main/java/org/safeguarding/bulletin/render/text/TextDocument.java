package org.safeguarding.bulletin.render.text;

import java.util.List;
import org.safeguarding.bulletin.model.Alternate;
import org.safeguarding.bulletin.model.Block;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.GlossaryEntry;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.render.internal.ContactDetail;
import org.safeguarding.bulletin.render.internal.Presentation;
import org.safeguarding.bulletin.wording.Word;
import org.safeguarding.bulletin.wording.Wording;

/**
 * Lays out a whole bulletin as plain text, in the order of the HTML page: series and strapline, the
 * title, the summary, the publisher and date, the language versions, the numbered sections, the
 * glossary, how to ask for another format, and who published it.
 */
final class TextDocument {
  private final Bulletin bulletin;
  private final Wording wording;
  private final TextLines lines;

  TextDocument(Bulletin bulletin, Wording wording) {
    this.bulletin = bulletin;
    this.wording = wording;
    this.lines = new TextLines(new LineWrapper(bulletin.language()));
  }

  /** The document's text, every line ended by a line feed. */
  String build() {
    masthead();
    List<Section> sections = bulletin.sections();
    for (int i = 0; i < sections.size(); i++) {
      section(i, sections.get(i));
    }
    if (!bulletin.glossary().isEmpty()) {
      glossary();
    }
    footer();
    return lines.toString();
  }

  private void masthead() {
    if (bulletin.series() != null) {
      lines.add(bulletin.series().name());
      if (bulletin.series().strapline() != null) {
        lines.add(bulletin.series().strapline());
      }
    }
    lines.heading(bulletin.title(), '=');
    if (bulletin.summary() != null) {
      lines.block().add(bulletin.summary());
    }
    lines.block().add(bulletin.published() == null ? bulletin.publisher().name()
        : bulletin.publisher().name() + ", " + Presentation.date(wording, bulletin.published()));
    if (!bulletin.alternates().isEmpty()) {
      lines.block();
      for (Alternate alternate : bulletin.alternates()) {
        lines.add(Presentation.alternateLine(alternate) + " " + alternate.url(), "", "  ");
      }
    }
  }

  private void section(int index, Section section) {
    lines.heading(Presentation.sectionNumber(index) + ". " + section.heading(), '-');
    TextBlockWriter writer = new TextBlockWriter(bulletin, wording, lines);
    for (Block block : section.content()) {
      block.accept(writer);
    }
  }

  private void glossary() {
    lines.heading(wording.get(Word.GLOSSARY), '-');
    for (GlossaryEntry entry : bulletin.glossary()) {
      lines.block().add(entry.term() + ": " + entry.meaning(), "", "  ");
    }
  }

  private void footer() {
    if (bulletin.alternativeFormats() != null) {
      StringBuilder ask = new StringBuilder(InlineWriter.write(bulletin.alternativeFormats().text()));
      Presentation.alternativeFormatsContact(bulletin).ifPresent(contact -> {
        for (ContactDetail part : Presentation.inPassing(wording, contact)) {
          ask.append(' ').append(TextContacts.shown(part));
        }
      });
      lines.block().add(ask.toString());
    }
    String website = bulletin.publisher().website();
    lines.block().add(wording.get(Word.PUBLISHED_BY) + " " + bulletin.publisher().name()
        + (website == null ? "" : " (" + website + ")")
        + (bulletin.published() == null ? "" : ", " + Presentation.date(wording, bulletin.published())));
  }
}
