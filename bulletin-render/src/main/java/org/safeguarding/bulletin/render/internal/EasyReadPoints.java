package org.safeguarding.bulletin.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.pictures.PictureChooser;
import org.safeguarding.bulletin.model.Block;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.Inline;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Paragraph;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.wording.Wording;

/**
 * What a section says in an Easy Read version: its own {@code easyRead} points where it has them,
 * otherwise its content one sentence a point, each with a picture: the one the point names, else
 * the one its words choose ({@link PictureChooser}, as {@code lint} reports it), else the section's.
 */
public final class EasyReadPoints {
  private EasyReadPoints() {}

  /**
   * Whether {@code section} has its own Easy Read points; if not, its points are made from its
   * content, and the version is a draft.
   */
  public static boolean authored(Section section) {
    return !section.easyRead().isEmpty();
  }

  /** The points of {@code section}, in order, with the library's words from {@code wording}. Assumes a valid bulletin. */
  public static List<EasyReadPoint> of(Bulletin bulletin, Wording wording, Section section) {
    PictureChooser chooser = PictureChooser.of(bulletin.language(), wording);
    if (authored(section)) {
      return section.easyRead().stream().map(p -> new EasyReadPoint(p.text().inlines(), p.pictogram() != null
          ? p.pictogram() : chooser.choose(p.text().plainText(), section.pictogram()).pictogram())).toList();
    }
    Locale locale = Locale.forLanguageTag(bulletin.language());
    SentenceCollector sentences = new SentenceCollector(bulletin, wording, locale);
    section.content().forEach(block -> block.accept(sentences));
    return sentences.sentences.stream().map(s -> new EasyReadPoint(s,
        chooser.choose(Inline.plainText(s), section.pictogram()).pictogram())).toList();
  }

  /** Collects each block's sentences. */
  private static final class SentenceCollector implements Block.Visitor<Void> {
    private final Bulletin bulletin;
    private final Wording wording;
    private final Locale locale;
    private final List<List<Inline>> sentences = new ArrayList<>();

    SentenceCollector(Bulletin bulletin, Wording wording, Locale locale) {
      this.bulletin = bulletin;
      this.wording = wording;
      this.locale = locale;
    }

    @Override
    public @Nullable Void paragraph(Paragraph paragraph) {
      add(paragraph.text());
      return null;
    }

    @Override
    public @Nullable Void list(ListBlock list) {
      list.items().forEach(this::add);
      return null;
    }

    @Override
    public @Nullable Void risks(RisksBlock risks) {
      add(risks.intro());
      for (Risk risk : Presentation.risks(bulletin, risks)) {
        sentences.add(List.of(new Inline.Text(Presentation.riskLine(wording, risk))));
        add(risk.description());
      }
      return null;
    }

    @Override
    public @Nullable Void contacts(ContactsBlock contacts) {
      add(contacts.intro());
      for (Contact contact : Presentation.contacts(bulletin, contacts)) {
        sentences.add(contactLine(contact));
      }
      return null;
    }

    @Override
    public @Nullable Void callout(Callout callout) {
      add(callout.text());
      return null;
    }

    private void add(@Nullable InlineText text) {
      if (text != null) {
        sentences.addAll(InlineSentences.split(text.inlines(), locale));
      }
    }

    private List<Inline> contactLine(Contact contact) {
      if (contact.phone() != null) {
        return List.of(new Inline.Link(contact.phone().telUri(), List.of(new Inline.Text(Presentation.callLabel(wording, contact)))));
      }
      boolean web = contact.website() != null;
      String target = web ? contact.website() : "mailto:" + contact.email();
      String shown = web ? Presentation.withoutScheme(contact.website()) : contact.email();
      return List.of(new Inline.Text(Presentation.contactName(contact) + ": "),
          new Inline.Link(target, List.of(new Inline.Text(shown))));
    }
  }
}
