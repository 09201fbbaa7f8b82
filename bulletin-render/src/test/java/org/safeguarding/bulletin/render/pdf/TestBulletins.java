package org.safeguarding.bulletin.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.model.Paragraph;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.testing.Fixtures;

/** The bulletins the PDF tests render: the example, the shared fixtures and those made here. */
final class TestBulletins {
  /** The Safer Seven example (a copy; this module must not depend on bulletin-examples). */
  static final String EXAMPLE = "/examples/online-risks-and-harms.json";

  private TestBulletins() {}

  /** Every bulletin with its name, for parameterised tests and for its copy in {@code target/pdf/}. */
  static List<Arguments> named() {
    return List.of(Arguments.of("example", example()), Arguments.of("every-field", Fixtures.valid("every-field")),
        Arguments.of("welsh-free", Fixtures.valid("welsh-free")),
        Arguments.of("minimal-free", Fixtures.valid("minimal-free")),
        Arguments.of("combining-marks", Fixtures.valid("combining-marks")),
        Arguments.of("polish-free", Fixtures.valid("polish-free")),
        Arguments.of("online-safety-en", Fixtures.valid("online-safety-en")),
        Arguments.of("online-safety-cy", Fixtures.valid("online-safety-cy")),
        Arguments.of("urdu-free", Fixtures.valid("urdu-free")), Arguments.of("arabic-free", Fixtures.valid("arabic-free")),
        Arguments.of("forty-pages", fortyPages()), Arguments.of("long-words", longWords()),
        Arguments.of("many-contacts", manyContacts()));
  }

  static Bulletin example() {
    try (InputStream in = TestBulletins.class.getResourceAsStream(EXAMPLE)) {
      return BulletinJson.reader().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The example's sections fourteen times over, in a free-layout bulletin of about forty pages. */
  static Bulletin fortyPages() {
    Bulletin example = example();
    List<Section> sections = new ArrayList<>();
    for (int i = 0; i < 14; i++) {
      sections.addAll(example.sections());
    }
    return new Bulletin("forty-pages", Layout.FREE, example.language(), example.region(), example.series(),
        "Online Risks and Harms, the long edition", example.publisher(), example.published(), example.summary(),
        example.alternates(), example.alternativeFormats(), example.easyReadReview(), example.risks(), example.contacts(), example.glossary(), sections);
  }

  /**
   * The example with sixteen more contacts in its "Reporting" section: a contacts box taller than a
   * page, its cards two a row (their numbers do not fit three).
   */
  static Bulletin manyContacts() {
    Bulletin example = example();
    List<Contact> contacts = new ArrayList<>(example.contacts());
    for (int i = 1; i <= 16; i++) {
      contacts.add(Contact.builder("team-" + i, "Dudley Safeguarding Team " + i).phone("0300 555 " + (1000 + i))
          .website("https://safeguarding.dudley.gov.uk/team-" + i).build());
    }
    List<String> refs = contacts.stream().map(Contact::id).toList();
    List<Section> sections = example.sections().stream().map(section -> new Section(section.heading(),
        section.pictogram(), section.content().stream()
            .map(block -> block instanceof ContactsBlock box ? new ContactsBlock(refs, box.intro()) : block).toList(),
        section.easyRead())).toList();
    return new Bulletin("many-contacts", Layout.FREE, example.language(), example.region(), example.series(),
        example.title(), example.publisher(), example.published(), example.summary(), example.alternates(),
        example.alternativeFormats(), example.easyReadReview(), example.risks(), contacts, example.glossary(), sections);
  }

  /**
   * Arabic with what openhtmltopdf's tracker reports drawn in the wrong order (issues
   * openhtmltopdf/openhtmltopdf#148 and #73, danfickle/openhtmltopdf#432, #978 and #984): numbers,
   * Latin letters and punctuation inside Arabic, at the ends of runs, bold and italic words in a
   * sentence, brackets, Arabic-Indic digits, and a tanwin and lam-alef ligatures.
   */
  static Bulletin arabicMixed() {
    Section section = Section.builder("نص مختلط: أرقام وحروف لاتينية")
        .paragraph("انا استخدم  100 مترجم جوجل")
        .paragraph("JHRA2640، 2640 عبد ه الطيب، 6464 ، ، 23839 ،")
        .paragraph("اتصل بخط NSPCC على الرقم 0808 800 5000 أو زر www.nspcc.org.uk الآن.")
        .paragraph("هل أنت بخير؟ (نعم) [لا] «ربما»!")
        .paragraph("كلمة **غامقة** و*مائلة* ونص عادي.")
        .paragraph("الرقم ١٢٣٤ والسنة 2026، شكرًا لكم.")
        .build();
    return Bulletin.builder("arabic-mixed").layout(Layout.FREE).language("ar").title("اختبار النص المختلط 2026")
        .publisher(new Publisher("شراكة الحماية (SCP)", null, null)).published(LocalDate.of(2026, 11, 27))
        .section(section).build();
  }

  /** Words and web addresses far wider than the page, in every place a long text can go. */
  static Bulletin longWords() {
    String word = "Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogoch".repeat(3);
    String url = "https://www.example.org/" + "a-very-long-path-segment-without-any-spaces".repeat(4) + "/page";
    Contact contact = Contact.builder("helpline", "Helpline " + word).phone("0800 1111")
        .website(url).email("someone." + "verylongname".repeat(6) + "@example.org").build();
    Section section = Section.builder("Heading " + word)
        .add(new Paragraph(InlineText.parse("A word: " + word + ". An address: <" + url + ">.")))
        .add(new ListBlock(List.of(InlineText.parse(word), InlineText.parse("[" + url + "](" + url + ")")), false))
        .add(new ContactsBlock(List.of("helpline"), null))
        .build();
    return Bulletin.builder("long-words").layout(Layout.FREE).title("Long words " + word)
        .publisher(new Publisher("Partnership " + word, url, null)).published(LocalDate.of(2026, 11, 27))
        .contact(contact).section(section).build();
  }
}
