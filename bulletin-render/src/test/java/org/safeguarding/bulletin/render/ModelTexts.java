package org.safeguarding.bulletin.render;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.Block;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.GlossaryEntry;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Paragraph;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.render.internal.Presentation;
import org.safeguarding.bulletin.wording.Wording;
import org.safeguarding.bulletin.wording.Wordings;

/**
 * Every text of a bulletin's model, in the order a reader meets it on the page (HTML or PDF, which
 * lays out the same page), with the library's own wording for contacts.
 */
public final class ModelTexts {
  private final List<String> texts = new ArrayList<>();
  private final Wording wording;

  private ModelTexts(Wording wording) {
    this.wording = wording;
  }

  public static List<String> of(Bulletin b) {
    ModelTexts all = new ModelTexts(Wordings.builtIn().forLanguage(b.language()));
    if (b.series() != null) {
      all.add(b.series().name(), b.series().strapline());
    }
    all.add(b.title(), b.summary(), b.publisher().name());
    b.alternates().forEach(alternate -> all.add(Presentation.alternateLine(alternate)));
    for (Section section : b.sections()) {
      all.add(section.heading());
      section.content().forEach(block -> all.block(b, block));
    }
    for (GlossaryEntry entry : b.glossary()) {
      all.add(entry.term(), entry.meaning());
    }
    if (b.alternativeFormats() != null) {
      all.inline(b.alternativeFormats().text());
      Presentation.alternativeFormatsContact(b).ifPresent(contact -> {
        Presentation.inPassing(all.wording, contact).forEach(part -> all.add(part.text()));
      });
    }
    return List.copyOf(all.texts);
  }

  private void block(Bulletin b, Block block) {
    if (block instanceof Paragraph p) {
      inline(p.text());
    } else if (block instanceof ListBlock l) {
      l.items().forEach(this::inline);
    } else if (block instanceof RisksBlock r) {
      inline(r.intro());
      Presentation.risks(b, r).forEach(this::risk);
    } else if (block instanceof ContactsBlock c) {
      inline(c.intro());
      Presentation.contacts(b, c).forEach(this::contact);
    } else if (block instanceof Callout c) {
      inline(c.text());
    } else {
      throw new AssertionError("unknown block " + block);
    }
  }

  private void risk(Risk risk) {
    add(risk.name());
    inline(risk.description());
    risk.includes().forEach(this::add);
  }

  private void contact(Contact c) {
    add(Presentation.contactName(c));
    if (c.phone() != null) {
      add(Presentation.callLabel(wording, c));
    }
    add(c.audience(), c.hours());
    if (c.website() != null) {
      add(Presentation.withoutScheme(c.website()));
    }
    add(c.email());
  }

  private void inline(@Nullable InlineText text) {
    if (text != null) {
      add(text.plainText());
    }
  }

  private void add(@Nullable String... values) {
    for (String value : values) {
      if (value != null) {
        texts.add(value);
      }
    }
  }
}
