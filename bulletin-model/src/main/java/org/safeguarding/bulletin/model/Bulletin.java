package org.safeguarding.bulletin.model;

import static org.safeguarding.bulletin.internal.Checks.optionalProse;
import static org.safeguarding.bulletin.internal.Checks.requireProse;
import static org.safeguarding.bulletin.internal.Checks.requireSlug;
import static org.safeguarding.bulletin.internal.Checks.requireText;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.Languages;
import org.safeguarding.bulletin.internal.json.BulletinDraft;

/**
 * A safeguarding bulletin: one topic in numbered sections, with the risks, contacts and hard words
 * that its sections refer to.
 *
 * <p>The record checks only what each value can check alone (an id's shape, text not blank). Rules
 * that span the document, such as the number of sections or references to risks and contacts, are
 * checked by {@link org.safeguarding.bulletin.validate.BulletinValidator}. Text a reader sees is held
 * in Unicode Normalization Form C, whether it came from JSON or from Java (see {@link
 * org.safeguarding.bulletin.model the package}).
 *
 * <pre>{@code
 * Bulletin bulletin = Bulletin.builder("online-risks-and-harms")
 *     .title("Online Risks and Harms")
 *     .publisher(Publisher.named("Dudley Safeguarding People Partnership"))
 *     .layout(Layout.FREE)
 *     .section(Section.builder("Reporting").paragraph("Call 999 in an emergency.").build())
 *     .build();
 * }</pre>
 *
 * @param id a slug that names the output files
 * @param layout how the sections are arranged
 * @param language the BCP 47 language tag, for example "en-GB" or "cy"
 * @param region the ISO 3166 region whose phone numbering applies, for example "GB"
 * @param series the series, if any
 * @param title the title, also the document title of every output
 * @param publisher who publishes it
 * @param published the date of publication, if given
 * @param summary one plain sentence describing the bulletin, if given
 * @param alternates the same bulletin in other languages
 * @param alternativeFormats how a reader asks for another format, if said
 * @param easyReadReview who checked the Easy Read text, if anyone has
 * @param risks the risks that sections can list
 * @param contacts the contacts that sections can list
 * @param glossary hard words and abbreviations, explained
 * @param sections the numbered sections, at least one
 */
public record Bulletin(
    String id,
    Layout layout,
    String language,
    String region,
    @Nullable Series series,
    String title,
    Publisher publisher,
    @Nullable LocalDate published,
    @Nullable String summary,
    List<Alternate> alternates,
    @Nullable AlternativeFormats alternativeFormats,
    @Nullable EasyReadReview easyReadReview,
    List<Risk> risks,
    List<Contact> contacts,
    List<GlossaryEntry> glossary,
    List<Section> sections) {

  /** The id's longest allowed length. */
  public static final int MAX_ID_LENGTH = 80;

  /** Checks each value on its own and copies the lists. */
  public Bulletin {
    requireSlug(id, "id");
    if (id.length() > MAX_ID_LENGTH) {
      throw new IllegalArgumentException("id: at most " + MAX_ID_LENGTH + " characters, found " + id.length());
    }
    Objects.requireNonNull(layout, "layout");
    requireText(language, "language");
    requireText(region, "region");
    title = requireProse(title, "title");
    Objects.requireNonNull(publisher, "publisher");
    summary = optionalProse(summary, "summary");
    alternates = List.copyOf(Objects.requireNonNull(alternates, "alternates"));
    risks = List.copyOf(Objects.requireNonNull(risks, "risks"));
    contacts = List.copyOf(Objects.requireNonNull(contacts, "contacts"));
    glossary = List.copyOf(Objects.requireNonNull(glossary, "glossary"));
    sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
    if (sections.isEmpty()) {
      throw new IllegalArgumentException("sections: a bulletin needs at least one section");
    }
  }

  /** Whether the bulletin's language is written right to left, as Urdu and Arabic are. */
  public boolean rightToLeft() {
    return Languages.isRightToLeft(language);
  }

  /** The risk with this id, if there is one. */
  public Optional<Risk> risk(String riskId) {
    return risks.stream().filter(r -> r.id().equals(riskId)).findFirst();
  }

  /** The contact with this id, if there is one. */
  public Optional<Contact> contact(String contactId) {
    return contacts.stream().filter(c -> c.id().equals(contactId)).findFirst();
  }

  /** A new builder for a bulletin with this id. */
  public static Builder builder(String id) {
    return new Builder(id);
  }

  /**
   * Builds a {@link Bulletin}, for callers who make bulletins in Java.
   *
   * <p>The builder checks nothing as values are given (other than that they are not {@code null}):
   * {@link #build()} checks them all at once, as the JSON reader checks a document's shape, and
   * throws a {@link org.safeguarding.bulletin.validate.BulletinInvalidException} listing every
   * problem, each with the JSON path the value has in the bulletin's JSON, for example {@code
   * $.contacts[0].phone}. Phone numbers of contacts are read in the bulletin's {@link
   * #region(String) region}, in Java as in JSON. Values given as records ({@link Section}, {@link
   * Risk}, {@link Publisher}, blocks) check their own rules when they are made, as records always do.
   */
  public static final class Builder {
    private final BulletinDraft draft;

    private Builder(String id) {
      this.draft = new BulletinDraft(Objects.requireNonNull(id, "id"));
    }

    /** The layout; {@link Layout#SEVEN_MINUTE} by default. */
    public Builder layout(Layout layout) {
      draft.text("layout", Objects.requireNonNull(layout, "layout").jsonName());
      return this;
    }

    /** The BCP 47 language tag; "en-GB" by default. */
    public Builder language(String language) {
      draft.text("language", Objects.requireNonNull(language, "language"));
      return this;
    }

    /** The region whose phone numbering applies to every contact's phone number; "GB" by default. */
    public Builder region(String region) {
      draft.text("region", Objects.requireNonNull(region, "region"));
      return this;
    }

    /** The series; none by default. */
    public Builder series(String name, @Nullable String strapline) {
      draft.series(Objects.requireNonNull(name, "name"), strapline);
      return this;
    }

    /** The title; required. */
    public Builder title(String title) {
      draft.text("title", Objects.requireNonNull(title, "title"));
      return this;
    }

    /** The publisher; required. */
    public Builder publisher(Publisher publisher) {
      draft.publisher(Objects.requireNonNull(publisher, "publisher"));
      return this;
    }

    /** The date of publication; none by default. */
    public Builder published(LocalDate published) {
      draft.text("published", Objects.requireNonNull(published, "published").toString());
      return this;
    }

    /** The one-sentence summary; none by default. */
    public Builder summary(String summary) {
      draft.text("summary", Objects.requireNonNull(summary, "summary"));
      return this;
    }

    /** Adds a language version: its BCP 47 tag, its title in that language and its {@code https:} address. */
    public Builder alternate(String language, String title, String url) {
      draft.alternate(Objects.requireNonNull(language, "language"), Objects.requireNonNull(title, "title"),
          Objects.requireNonNull(url, "url"));
      return this;
    }

    /**
     * How a reader asks for another format: {@code text} (inline text) and the id of the contact to
     * ask, or {@code null}; none by default.
     */
    public Builder alternativeFormats(String text, @Nullable String contact) {
      draft.alternativeFormats(Objects.requireNonNull(text, "text"), contact);
      return this;
    }

    /** Who checked the Easy Read text with people who use Easy Read, and when ({@code null} if not said). */
    public Builder easyReadReview(String by, @Nullable LocalDate date) {
      draft.easyReadReview(Objects.requireNonNull(by, "by"), date);
      return this;
    }

    /** Adds a risk. */
    public Builder risk(Risk risk) {
      draft.risk(Objects.requireNonNull(risk, "risk"));
      return this;
    }

    /**
     * Adds a contact built already. Its phone number is read again, in the bulletin's region, when
     * the bulletin is built.
     */
    public Builder contact(Contact contact) {
      draft.contact(Objects.requireNonNull(contact, "contact"));
      return this;
    }

    /**
     * Adds a contact still being built: it is built with the bulletin, its phone number read in the
     * bulletin's region, and its problems reported with the bulletin's, at {@code $.contacts[i]}.
     */
    public Builder contact(Contact.Builder contact) {
      draft.contact(Objects.requireNonNull(contact, "contact")::json);
      return this;
    }

    /** Adds a glossary entry. */
    public Builder glossary(String term, String meaning) {
      draft.glossary(Objects.requireNonNull(term, "term"), Objects.requireNonNull(meaning, "meaning"));
      return this;
    }

    /** Adds the next section, built already. */
    public Builder section(Section section) {
      draft.section(Objects.requireNonNull(section, "section"));
      return this;
    }

    /**
     * Adds the next section, still being built: it is built with the bulletin and its problems are
     * reported with the bulletin's, at {@code $.sections[i]}.
     */
    public Builder section(Section.Builder section) {
      draft.section(Objects.requireNonNull(section, "section")::json);
      return this;
    }

    /**
     * Builds the bulletin, checking every value given as the JSON reader checks a document's shape.
     * Document-wide rules (the number of sections, references, link targets, the logo) are not
     * checked here: see {@link org.safeguarding.bulletin.validate.BulletinValidator}.
     *
     * @throws org.safeguarding.bulletin.validate.BulletinInvalidException listing every problem,
     *     each with its JSON path: a missing title or publisher, an id that is not a slug, a blank
     *     value, a contact without a phone, website or email, a phone number not valid in the
     *     bulletin's region, an unknown region, a bad date, no section
     */
    public Bulletin build() {
      return draft.read();
    }
  }
}
