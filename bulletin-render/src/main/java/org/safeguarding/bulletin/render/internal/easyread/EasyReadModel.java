package org.safeguarding.bulletin.render.internal.easyread;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.GlossaryEntry;
import org.safeguarding.bulletin.model.Inline;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.render.internal.EasyReadPoints;
import org.safeguarding.bulletin.render.internal.HardWords;
import org.safeguarding.bulletin.render.internal.InlineSentences;
import org.safeguarding.bulletin.render.internal.Presentation;
import org.safeguarding.bulletin.wording.Word;
import org.safeguarding.bulletin.wording.Wording;

/**
 * The Easy Read version of a bulletin, as every Easy Read output shows it, in this order: the series
 * and the title, the cover rows, each section with its points, then the closing parts (the hard
 * words and the contacts, see {@link #closingParts()}). Each output decides only how these look,
 * never what they say.
 *
 * <p>No two headings say the same. When the bulletin's last section is headed like the contacts
 * part ("Who to contact", compared without case and surrounding spaces), the contacts continue that
 * section under its heading, before the hard words, rather than repeat the heading: the section's
 * points then lead straight into the people they say to contact.
 *
 * @param language the bulletin's language (BCP 47)
 * @param labelLanguage the language of the library's own words: the bulletin's, or English where the
 *     library has no words in it
 * @param rightToLeft whether the bulletin's language is written right to left (the pictures then
 *     stand on the right)
 * @param series the series' name, shown above the title, if there is one
 * @param title the bulletin's title: the only first-level heading
 * @param cover the cover rows
 * @param sections the sections, in order
 * @param hardWordsHeading the heading of the hard words ("Hard words"), in the library's words
 * @param hardWords the glossary, a sentence of each meaning a line; empty if there is no glossary
 * @param contactsHeading the heading of the contacts ("Who to contact"), in the library's words; none
 *     when the contacts continue the last section, which is headed the same
 * @param contacts the contacts, emergency contacts first; empty if there are none
 * @param hardWordFinder finds the hard words in text, for outputs to set them in bold
 * @param altTexts the text that stands in for each built-in picture, in the library's words
 */
public record EasyReadModel(String language, String labelLanguage, boolean rightToLeft, @Nullable String series,
    String title, List<PictureRow> cover, List<EasyReadSection> sections, String hardWordsHeading,
    List<HardWord> hardWords, @Nullable String contactsHeading, List<EasyReadContact> contacts,
    HardWords hardWordFinder, Map<Pictogram, String> altTexts) {

  /** A part after the sections. */
  public enum ClosingPart {
    /** The hard words, under their own heading. */
    HARD_WORDS,
    /** The contacts, under their own heading or continuing the last section. */
    CONTACTS
  }

  /** Copies the lists. */
  public EasyReadModel {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(labelLanguage, "labelLanguage");
    Objects.requireNonNull(title, "title");
    cover = List.copyOf(cover);
    sections = List.copyOf(sections);
    Objects.requireNonNull(hardWordsHeading, "hardWordsHeading");
    hardWords = List.copyOf(hardWords);
    contacts = List.copyOf(contacts);
    Objects.requireNonNull(hardWordFinder, "hardWordFinder");
    altTexts = Collections.unmodifiableMap(new EnumMap<>(altTexts));
  }

  /** The Easy Read version of a valid {@code bulletin}, the library's words from {@code wording}. */
  public static EasyReadModel of(Bulletin bulletin, Wording wording) {
    return of(bulletin, wording, null);
  }

  /**
   * The Easy Read version of a valid {@code bulletin}, the library's words from {@code wording}, its
   * cover naming the web page {@code page} made with it, if any.
   */
  public static EasyReadModel of(Bulletin bulletin, Wording wording, @Nullable String page) {
    String labelLanguage = Presentation.labelsNeedLanguage(bulletin, wording) ? wording.language() : bulletin.language();
    String contactsHeading = wording.get(Word.WHO_TO_CONTACT);
    List<Section> sections = bulletin.sections();
    Locale locale = Locale.forLanguageTag(bulletin.language());
    boolean headedLikeContacts = !sections.isEmpty()
        && sameHeading(sections.get(sections.size() - 1).heading(), contactsHeading, locale);
    return new EasyReadModel(bulletin.language(), labelLanguage, bulletin.rightToLeft(),
        bulletin.series() == null ? null : bulletin.series().name(), bulletin.title(),
        CoverRows.of(bulletin, wording, labelLanguage, page),
        sections.stream().map(s -> new EasyReadSection(s.heading(), EasyReadPoints.of(bulletin, wording, s))).toList(),
        wording.get(Word.HARD_WORDS), hardWords(bulletin), headedLikeContacts ? null : contactsHeading,
        contacts(bulletin, wording), HardWords.of(bulletin.glossary()), altTexts(wording));
  }

  /** The text that stands in for the built-in picture {@code pictogram}, in the library's words. */
  public String altText(Pictogram pictogram) {
    return altTexts.get(pictogram);
  }

  private static Map<Pictogram, String> altTexts(Wording wording) {
    Map<Pictogram, String> texts = new EnumMap<>(Pictogram.class);
    for (Pictogram pictogram : Pictogram.values()) {
      texts.put(pictogram, wording.altText(pictogram));
    }
    return texts;
  }

  /**
   * The parts after the sections that have something to show, in order: the hard words, then the
   * contacts; the contacts first when they continue the last section.
   */
  public List<ClosingPart> closingParts() {
    List<ClosingPart> parts = new ArrayList<>();
    if (!hardWords.isEmpty()) {
      parts.add(ClosingPart.HARD_WORDS);
    }
    if (!contacts.isEmpty()) {
      parts.add(contactsHeading == null ? 0 : parts.size(), ClosingPart.CONTACTS);
    }
    return List.copyOf(parts);
  }

  /** Whether two headings say the same: equal, without case and surrounding spaces, in {@code locale}. */
  static boolean sameHeading(String one, String other, Locale locale) {
    return one.strip().toLowerCase(locale).equals(other.strip().toLowerCase(locale));
  }

  private static List<HardWord> hardWords(Bulletin bulletin) {
    Locale locale = Locale.forLanguageTag(bulletin.language());
    return bulletin.glossary().stream().map(entry -> hardWord(entry, locale)).toList();
  }

  private static HardWord hardWord(GlossaryEntry entry, Locale locale) {
    return new HardWord(entry.term(), InlineSentences.split(List.of(new Inline.Text(entry.meaning())), locale)
        .stream().map(Inline::plainText).toList());
  }

  private static List<EasyReadContact> contacts(Bulletin bulletin, Wording wording) {
    return Presentation.emergencyFirst(bulletin.contacts()).stream().map(c -> contact(c, wording)).toList();
  }

  private static EasyReadContact contact(Contact contact, Wording wording) {
    return new EasyReadContact(Presentation.contactPictogram(contact),
        contact.emergency() ? wording.get(Word.EMERGENCY) : null, Presentation.contactName(contact),
        contact.phone(), Presentation.details(wording, contact));
  }
}
