package org.safeguarding.bulletin.render.html;

import java.util.ArrayList;
import java.util.List;
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

/** Every text a reader should find on a bulletin's page, with white space collapsed as jsoup does. */
final class ModelTexts {
  private final List<String> texts = new ArrayList<>();

  private ModelTexts() {}

  static List<String> of(Bulletin b) {
    ModelTexts all = new ModelTexts();
    all.add(b.title(), b.publisher().name(), b.summary());
    if (b.series() != null) {
      all.add(b.series().name(), b.series().strapline());
    }
    for (Section section : b.sections()) {
      all.add(section.heading());
      section.content().forEach(block -> all.block(b, block));
    }
    for (GlossaryEntry entry : b.glossary()) {
      all.add(entry.term(), entry.meaning());
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
      r.refs().forEach(id -> risk(b.risk(id).orElseThrow()));
    } else if (block instanceof ContactsBlock c) {
      inline(c.intro());
      c.refs().forEach(id -> contact(b.contact(id).orElseThrow()));
    } else if (block instanceof Callout c) {
      inline(c.text());
    } else {
      throw new AssertionError("unknown block " + block);
    }
  }

  private void risk(Risk risk) {
    add(risk.name());
    risk.includes().forEach(this::add);
    inline(risk.description());
  }

  private void contact(Contact c) {
    add(c.name(), c.organisation(), c.audience(), c.hours(), c.email());
    if (c.phone() != null) {
      add(c.phone().display());
    }
    if (c.website() != null) {
      add(c.website().replaceFirst("^https?://", "").replaceFirst("/$", ""));
    }
  }

  private void inline(InlineText text) {
    if (text != null) {
      add(text.plainText());
    }
  }

  private void add(String... values) {
    for (String value : values) {
      if (value != null) {
        texts.add(value.strip().replaceAll("\\s+", " "));
      }
    }
  }
}
