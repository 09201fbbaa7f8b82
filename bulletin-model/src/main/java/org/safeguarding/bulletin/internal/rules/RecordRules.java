package org.safeguarding.bulletin.internal.rules;

import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.Languages;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.Quote;
import org.safeguarding.bulletin.internal.files.LogoFiles;
import org.safeguarding.bulletin.internal.files.RefusedFileException;
import org.safeguarding.bulletin.internal.walk.Parts;
import org.safeguarding.bulletin.internal.walk.RecordVisitor;
import org.safeguarding.bulletin.internal.walk.RecordWalk;
import org.safeguarding.bulletin.model.Alternate;
import org.safeguarding.bulletin.model.AlternativeFormats;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.EasyReadPoint;
import org.safeguarding.bulletin.model.EasyReadReview;
import org.safeguarding.bulletin.model.GlossaryEntry;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Logo;
import org.safeguarding.bulletin.model.Paragraph;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.validate.ProblemCode;

/**
 * The document rules, checked in one walk over a bulletin's records: a seven-minute bulletin has
 * seven sections; ids are unique and references name them ({@link IdentifierRules}); the language
 * tag is registered, the region known and every phone number valid there ({@link PhoneRules}); alternates are other
 * languages at {@code https:} addresses ({@link AlternateRules}); links go somewhere safe ({@link
 * LinkRules}); the logo is a picture inside the bulletin's folder. Problems are reported family by
 * family, in that order ({@link Stage}).
 */
final class RecordRules implements RecordVisitor {
  /** A seven-minute bulletin's number of sections. */
  static final int SEVEN = 7;

  /** The order problems are reported in: each family of rules, in document order within it. */
  private enum Stage {
    SECTION_COUNT, DUPLICATE_IDS, BLOCK_REFS, FORMATS_REF, LANGUAGE, PHONES, ALTERNATES,
    RISK_LINKS, FORMATS_LINKS, BLOCK_LINKS, EASY_READ_LINKS, PUBLISHER_LINKS, CONTACT_LINKS, LOGO
  }

  private final RuleContext context;
  private final StagedProblems<Stage> problems = new StagedProblems<>(Stage.class);
  private final IdentifierRules<Stage> risks;
  private final IdentifierRules<Stage> contacts;
  private final AlternateRules<Stage> alternates;
  private final LinkRules<Stage> links;

  private RecordRules(Parts parts, RuleContext context) {
    this.context = context;
    this.risks = new IdentifierRules<>("risk", "risks", parts.riskIds(), problems, Stage.DUPLICATE_IDS);
    this.contacts = new IdentifierRules<>("contact", "contacts", parts.contactIds(), problems, Stage.DUPLICATE_IDS);
    this.alternates = new AlternateRules<>(parts.language() == null ? "en-GB" : parts.language(), problems,
        Stage.ALTERNATES);
    this.links = new LinkRules<>(PhoneRules.region(parts), context.allowPlaceholderLinks(), problems);
  }

  /** Adds every problem the rules find in {@code parts} to {@code out}. */
  static void check(Parts parts, RuleContext context, ProblemCollector out) {
    RecordRules rules = new RecordRules(parts, context);
    RecordWalk.walk(parts, rules);
    rules.problems.reportTo(out);
  }

  @Override
  public void bulletin(Parts parts) {
    if (parts.layout() == Layout.SEVEN_MINUTE && parts.sections() != null && parts.sections().size() != SEVEN) {
      problems.error(Stage.SECTION_COUNT, JsonPaths.field(JsonPaths.ROOT, "sections"), ProblemCode.SECTION_COUNT,
          "a seven-minute bulletin needs exactly " + SEVEN + " sections, found " + parts.sections().size()
              + "; use \"layout\": \"free\" for another number");
    }
    String language = parts.language();
    if (language != null && !language.isBlank()) {
      Languages.problem(language).ifPresent(problem -> problems.error(Stage.LANGUAGE,
          JsonPaths.field(JsonPaths.ROOT, "language"), ProblemCode.INVALID_LANGUAGE, problem));
    }
    PhoneRules.check(parts, (path, code, message) -> problems.error(Stage.PHONES, path, code, message));
    Publisher publisher = parts.publisher();
    if (publisher != null) {
      String path = JsonPaths.field(JsonPaths.ROOT, "publisher");
      links.website(publisher.website(), JsonPaths.field(path, "website"), Stage.PUBLISHER_LINKS);
      logo(publisher.logo(), JsonPaths.field(JsonPaths.field(path, "logo"), "path"));
    }
  }

  private void logo(@Nullable Logo logo, String path) {
    if (logo == null) {
      return;
    }
    try {
      LogoFiles.read(context.files(), logo.path(), context.limits());
    } catch (RefusedFileException e) {
      problems.error(Stage.LOGO, path, ProblemCode.UNREADABLE_LOGO, "cannot use logo " + Quote.of(logo.path()) + ": "
          + Quote.escaped(String.valueOf(e.getMessage())));
    }
  }

  @Override
  public void alternate(Alternate alternate, String path) {
    alternates.check(alternate, path);
  }

  @Override
  public void alternativeFormats(AlternativeFormats formats, String path) {
    links.inline(formats.text(), JsonPaths.field(path, "text"), Stage.FORMATS_LINKS);
    if (formats.contact() != null) {
      contacts.reference(formats.contact(), JsonPaths.field(path, "contact"), Stage.FORMATS_REF);
    }
  }

  @Override
  public void easyReadReview(EasyReadReview review, String path) {
    // who and when: nothing that spans the document
  }

  @Override
  public void risk(Risk risk, String path) {
    links.inline(risk.description(), JsonPaths.field(path, "description"), Stage.RISK_LINKS);
  }

  @Override
  public void contact(Contact contact, String path) {
    links.website(contact.website(), JsonPaths.field(path, "website"), Stage.CONTACT_LINKS);
    links.email(contact.email(), JsonPaths.field(path, "email"), Stage.CONTACT_LINKS);
  }

  @Override
  public void glossaryEntry(GlossaryEntry entry, String path) {
    // a term and its meaning: nothing that spans the document
  }

  @Override
  public void section(Section section, String path) {
    // the heading and pictogram: nothing that spans the document; its blocks and points follow
  }

  @Override
  public void paragraph(Paragraph paragraph, String path) {
    links.inline(paragraph.text(), JsonPaths.field(path, "text"), Stage.BLOCK_LINKS);
  }

  @Override
  public void list(ListBlock list, String path) {
    String items = JsonPaths.field(path, "items");
    for (int i = 0; i < list.items().size(); i++) {
      links.inline(list.items().get(i), JsonPaths.index(items, i), Stage.BLOCK_LINKS);
    }
  }

  @Override
  public void risks(RisksBlock block, String path) {
    risks.block(block.refs(), path, Stage.BLOCK_REFS);
    links.inline(block.intro(), JsonPaths.field(path, "intro"), Stage.BLOCK_LINKS);
  }

  @Override
  public void contacts(ContactsBlock block, String path) {
    contacts.block(block.refs(), path, Stage.BLOCK_REFS);
    links.inline(block.intro(), JsonPaths.field(path, "intro"), Stage.BLOCK_LINKS);
  }

  @Override
  public void callout(Callout callout, String path) {
    links.inline(callout.text(), JsonPaths.field(path, "text"), Stage.BLOCK_LINKS);
  }

  @Override
  public void easyReadPoint(EasyReadPoint point, String path) {
    links.inline(point.text(), JsonPaths.field(path, "text"), Stage.EASY_READ_LINKS);
  }
}
