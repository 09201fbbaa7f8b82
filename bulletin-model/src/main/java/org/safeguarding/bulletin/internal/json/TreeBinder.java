package org.safeguarding.bulletin.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.Checks;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.PhoneNumbers;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.Quote;
import org.safeguarding.bulletin.internal.walk.Parts;
import org.safeguarding.bulletin.internal.walk.SectionParts;
import org.safeguarding.bulletin.model.Alternate;
import org.safeguarding.bulletin.model.AlternativeFormats;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.EasyReadReview;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.GlossaryEntry;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.Logo;
import org.safeguarding.bulletin.model.PhoneNumber;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.model.Series;
import org.safeguarding.bulletin.validate.ProblemCode;

/**
 * Turns a JSON tree into a {@link Bulletin}, reporting every problem of shape on the way: missing
 * fields, wrong types, unknown fields, unknown names and malformed values. Rules that span the
 * document (phone numbers in the bulletin's region among them) are checked separately, on the
 * records read ({@link Parts}), by {@code DocumentRules}.
 */
public final class TreeBinder {
  /** The format versions this build reads. */
  public static final List<Integer> SUPPORTED_VERSIONS = List.of(1);

  private static final List<String> BULLETIN_FIELDS = List.of("formatVersion", "id", "layout", "language",
      "region", "series", "title", "publisher", "published", "summary", "alternates", "alternativeFormats",
      "easyReadReview", "risks", "contacts", "glossary",
      "sections");

  /**
   * What binding a document gave.
   *
   * @param bulletin the bulletin, or {@code null} if a problem was reported or a value could not be
   *     read (a phone number not valid in the bulletin's region, which {@code DocumentRules} reports)
   * @param parts the records read, each where it was read, for the document rules; {@code null} if
   *     the document is not an object or is of a format version this build does not read
   */
  public record Bound(@Nullable Bulletin bulletin, @Nullable Parts parts) {}

  private final ProblemCollector problems;
  private final @Nullable String region;
  private final SectionBinder sections;
  private boolean incomplete;

  private @Nullable Parts parts;

  private TreeBinder(ProblemCollector problems, @Nullable String region) {
    this.problems = problems;
    this.region = region;
    this.sections = new SectionBinder(problems);
  }

  /**
   * Binds the tree, reading phone numbers in the region it names (GB if it names none; none is read
   * if the region's numbering is not known).
   */
  public static Bound bind(JsonNode root, ProblemCollector problems) {
    JsonNode regionNode = root.path("region");
    String region = !regionNode.isTextual() ? PhoneNumbers.DEFAULT_REGION
        : PhoneNumbers.isKnownRegion(regionNode.textValue()) ? regionNode.textValue() : null;
    TreeBinder binder = new TreeBinder(problems, region);
    int mark = problems.mark();
    Bulletin bulletin = binder.bulletin(root);
    return new Bound(problems.foundSince(mark) || binder.incomplete ? null : bulletin, binder.parts);
  }

  /**
   * Binds one contact object at {@code path}, its phone number read in {@code region}. Returns the
   * contact, or {@code null} if a problem was reported or the phone number is not valid there (which
   * the caller reports, as {@code PhoneRules} does for a bulletin).
   */
  public static @Nullable Contact bindContact(JsonNode node, String path, String region,
      ProblemCollector problems) {
    return new TreeBinder(problems, region).contact(node, path);
  }

  private @Nullable Bulletin bulletin(JsonNode root) {
    Fields f = Fields.of(root, JsonPaths.ROOT, problems, BULLETIN_FIELDS);
    if (f == null || !supportedVersion(f)) {
      return null;
    }
    int mark = problems.mark();
    String id = id(f);
    Layout layout = f.optionalChoice("layout", Layout::fromJsonName, ProblemCode.UNKNOWN_LAYOUT, "seven-minute, free");
    String language = f.optionalText("language");
    String regionText = f.optionalText("region");
    Series series = f.has("series") ? series(f.required("series"), f.path("series")) : null;
    String title = f.requiredText("title");
    JsonNode publisherNode = f.required("publisher");
    Publisher publisher = publisherNode == null ? null : publisher(publisherNode, f.path("publisher"));
    LocalDate published = date(f, "published");
    String summary = f.optionalText("summary");
    List<Alternate> alternates = f.list("alternates", false, 0, this::alternate);
    AlternativeFormats alternativeFormats = f.has("alternativeFormats")
        ? alternativeFormats(f.required("alternativeFormats"), f.path("alternativeFormats")) : null;
    EasyReadReview easyReadReview = f.has("easyReadReview")
        ? easyReadReview(f.required("easyReadReview"), f.path("easyReadReview")) : null;
    List<Risk> risks = f.list("risks", false, 0, this::risk);
    List<Contact> contacts = f.list("contacts", false, 0, this::contact);
    List<GlossaryEntry> glossary = f.list("glossary", false, 0, this::glossaryEntry);
    List<SectionParts> sectionParts = f.list("sections", true, 1, sections::section);
    List<Section> sectionList = sectionParts == null ? null
        : sectionParts.stream().map(s -> s == null ? null : s.section()).toList();
    parts = new Parts(id, f.has("layout") ? layout : Layout.SEVEN_MINUTE, writtenText(root, "language"),
        writtenText(root, "region"), series, title, publisher, published, summary, alternates, alternativeFormats,
        easyReadReview, writtenTexts(root, "risks", "id"), risks, writtenTexts(root, "contacts", "id"),
        writtenTexts(root, "contacts", "phone"), contacts, glossary, sectionParts);
    if (problems.foundSince(mark) || incomplete) {
      return null;
    }
    return build(JsonPaths.ROOT, () -> new Bulletin(id, layout == null ? Layout.SEVEN_MINUTE : layout,
        language == null ? "en-GB" : language, regionText == null ? "GB" : regionText, series, title,
        publisher, published, summary, alternates, alternativeFormats, easyReadReview, risks, contacts, glossary, sectionList));
  }

  /** The text of {@code root.field} as written, blank or not; {@code null} if it is not text. */
  private static @Nullable String writtenText(JsonNode root, String field) {
    JsonNode value = root.path(field);
    return value.isTextual() ? value.textValue() : null;
  }

  /**
   * The text of {@code name} in each element of the array {@code root.field}, as written; {@code
   * null} where it is not text or is blank.
   */
  private static List<@Nullable String> writtenTexts(JsonNode root, String field, String name) {
    List<@Nullable String> texts = new ArrayList<>();
    root.path(field).forEach(element -> {
      JsonNode text = element.path(name);
      texts.add(text.isTextual() && !text.textValue().isBlank() ? text.textValue() : null);
    });
    return texts;
  }

  private boolean supportedVersion(Fields f) {
    JsonNode version = f.required("formatVersion");
    if (version == null) {
      return true;
    }
    if (!version.isIntegralNumber()) {
      problems.error(f.path("formatVersion"), ProblemCode.WRONG_TYPE,
          "expected a whole number, found " + JsonKinds.describe(version));
      return true;
    }
    if (!SUPPORTED_VERSIONS.contains(version.intValue())) {
      problems.error(f.path("formatVersion"), ProblemCode.UNSUPPORTED_FORMAT_VERSION, "unsupported format version "
          + version.asText() + "; this build reads version " + SUPPORTED_VERSIONS.get(0));
      return false;
    }
    return true;
  }

  private @Nullable String id(Fields f) {
    String id = f.requiredText("id");
    if (id != null && !Checks.SLUG.matcher(id).matches()) {
      problems.error(f.path("id"), ProblemCode.INVALID_ID,
          "expected a lower-case slug such as 'online-risks-and-harms', found " + Quote.of(id));
    } else if (id != null && id.length() > Bulletin.MAX_ID_LENGTH) {
      problems.error(f.path("id"), ProblemCode.INVALID_ID,
          "expected at most " + Bulletin.MAX_ID_LENGTH + " characters, found " + id.length());
    }
    return id;
  }

  private @Nullable String slug(Fields f, String name) {
    String slug = f.requiredText(name);
    if (slug != null && !Checks.SLUG.matcher(slug).matches()) {
      problems.error(f.path(name), ProblemCode.INVALID_ID, "expected a lower-case slug such as 'domestic-abuse', found "
          + Quote.of(slug));
    }
    return slug;
  }

  private @Nullable LocalDate date(Fields f, String name) {
    String text = f.optionalText(name);
    if (text == null) {
      return null;
    }
    try {
      if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(text);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    problems.error(f.path(name), ProblemCode.INVALID_DATE, "expected a date written YYYY-MM-DD, found " + Quote.of(text));
    return null;
  }

  private @Nullable Series series(@Nullable JsonNode node, String path) {
    Fields f = node == null ? null : Fields.of(node, path, problems, List.of("name", "strapline"));
    if (f == null) {
      return null;
    }
    int mark = problems.mark();
    String name = f.requiredText("name");
    String strapline = f.optionalText("strapline");
    return problems.foundSince(mark) ? null : build(path, () -> new Series(name, strapline));
  }

  private @Nullable Publisher publisher(JsonNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("name", "website", "logo"));
    if (f == null) {
      return null;
    }
    int mark = problems.mark();
    String name = f.requiredText("name");
    String website = f.optionalText("website");
    Logo logo = f.has("logo") ? logo(f.required("logo"), f.path("logo")) : null;
    return problems.foundSince(mark) ? null : build(path, () -> new Publisher(name, website, logo));
  }

  private @Nullable Logo logo(@Nullable JsonNode node, String path) {
    Fields f = node == null ? null : Fields.of(node, path, problems, List.of("path", "alt"));
    if (f == null) {
      return null;
    }
    int mark = problems.mark();
    String file = f.requiredText("path");
    String alt = f.requiredText("alt");
    return problems.foundSince(mark) ? null : build(path, () -> new Logo(file, alt));
  }

  private @Nullable Alternate alternate(JsonNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("language", "title", "url"));
    if (f == null) {
      return null;
    }
    int mark = problems.mark();
    String language = f.requiredText("language");
    String title = f.requiredText("title");
    String url = f.requiredText("url");
    return problems.foundSince(mark) ? null : build(path, () -> new Alternate(language, title, url));
  }

  private @Nullable AlternativeFormats alternativeFormats(@Nullable JsonNode node, String path) {
    Fields f = node == null ? null : Fields.of(node, path, problems, List.of("text", "contact"));
    if (f == null) {
      return null;
    }
    int mark = problems.mark();
    String text = f.requiredText("text");
    String contact = f.optionalText("contact");
    return problems.foundSince(mark) ? null
        : build(path, () -> new AlternativeFormats(InlineText.parse(text), contact));
  }

  private @Nullable EasyReadReview easyReadReview(@Nullable JsonNode node, String path) {
    Fields f = node == null ? null : Fields.of(node, path, problems, List.of("by", "date"));
    if (f == null) {
      return null;
    }
    int mark = problems.mark();
    String by = f.requiredText("by");
    LocalDate date = date(f, "date");
    return problems.foundSince(mark) ? null : build(path, () -> new EasyReadReview(by, date));
  }

  private @Nullable Risk risk(JsonNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("id", "name", "includes", "description"));
    if (f == null) {
      return null;
    }
    int mark = problems.mark();
    String id = slug(f, "id");
    String name = f.requiredText("name");
    List<String> includes = f.list("includes", false, 0, f::textElement);
    String description = f.optionalText("description");
    return problems.foundSince(mark) ? null : build(path, () -> new Risk(id, name, includes,
        description == null ? null : InlineText.parse(description)));
  }

  private @Nullable Contact contact(JsonNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("id", "name", "organisation", "audience", "hours",
        "emergency", "phone", "website", "email"));
    if (f == null) {
      return null;
    }
    int mark = problems.mark();
    String id = slug(f, "id");
    String name = f.requiredText("name");
    String organisation = f.optionalText("organisation");
    String audience = f.optionalText("audience");
    String hours = f.optionalText("hours");
    boolean emergency = f.optionalBoolean("emergency");
    String phoneText = f.optionalText("phone");
    String website = f.optionalText("website");
    String email = f.optionalText("email");
    if (phoneText == null && website == null && email == null && !problems.foundSince(mark)) {
      problems.error(path, ProblemCode.CONTACT_WITHOUT_CHANNEL, "expected at least one of phone, website or email");
    }
    PhoneNumber phone = phoneText == null || region == null ? null : PhoneNumbers.parse(phoneText, region).orElse(null);
    incomplete |= phoneText != null && phone == null;
    if (problems.foundSince(mark) || (phoneText != null && phone == null)) {
      return null;
    }
    return build(path, () -> new Contact(id, name, organisation, audience, hours, emergency, phone, website,
        email));
  }

  private @Nullable GlossaryEntry glossaryEntry(JsonNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("term", "meaning"));
    if (f == null) {
      return null;
    }
    int mark = problems.mark();
    String term = f.requiredText("term");
    String meaning = f.requiredText("meaning");
    return problems.foundSince(mark) ? null : build(path, () -> new GlossaryEntry(term, meaning));
  }

  private <T> @Nullable T build(String path, Supplier<T> constructor) {
    return Fields.construct(problems, path, constructor);
  }
}
