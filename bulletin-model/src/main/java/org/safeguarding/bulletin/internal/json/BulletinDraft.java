package org.safeguarding.bulletin.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.rules.PhoneRules;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.validate.BulletinInvalidException;

/**
 * A bulletin drafted in Java, held as its JSON tree, and read as the JSON reader reads a document:
 * every problem of shape, an unknown region and every phone number not valid in the bulletin's region, each with the
 * path it has in the JSON. Contacts still being built are written into the tree only when the
 * draft is read, so that their phone numbers are read in the bulletin's region.
 */
public final class BulletinDraft {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode root = NODES.objectNode();
  private final List<ObjectNode> alternates = new ArrayList<>();
  private final List<ObjectNode> risks = new ArrayList<>();
  private final List<Supplier<ObjectNode>> contacts = new ArrayList<>();
  private final List<ObjectNode> glossary = new ArrayList<>();
  private final List<Supplier<ObjectNode>> sections = new ArrayList<>();

  /** A draft of the bulletin with this id. */
  public BulletinDraft(String id) {
    root.put("formatVersion", TreeBinder.SUPPORTED_VERSIONS.get(0));
    root.put("id", id);
  }

  /** Sets a top-level text field, such as {@code title} or {@code region}. */
  public void text(String field, String value) {
    root.put(field, value);
  }

  /** Sets the series. */
  public void series(String name, @Nullable String strapline) {
    ObjectNode series = root.putObject("series");
    series.put("name", name);
    putIfPresent(series, "strapline", strapline);
  }

  /** Sets the publisher. */
  public void publisher(Publisher publisher) {
    root.set("publisher", TreeWriter.publisher(publisher));
  }

  /** Sets how a reader asks for another format. */
  public void alternativeFormats(String text, @Nullable String contact) {
    ObjectNode formats = root.putObject("alternativeFormats");
    formats.put("text", text);
    putIfPresent(formats, "contact", contact);
  }

  /** Sets who checked the Easy Read text, and when. */
  public void easyReadReview(String by, @Nullable LocalDate date) {
    ObjectNode review = root.putObject("easyReadReview");
    review.put("by", by);
    putIfPresent(review, "date", date == null ? null : date.toString());
  }

  /** Adds a language version. */
  public void alternate(String language, String title, String url) {
    ObjectNode alternate = NODES.objectNode();
    alternate.put("language", language);
    alternate.put("title", title);
    alternate.put("url", url);
    alternates.add(alternate);
  }

  /** Adds a risk. */
  public void risk(Risk risk) {
    risks.add(TreeWriter.risk(risk));
  }

  /** Adds a contact built already. */
  public void contact(Contact contact) {
    ObjectNode node = TreeWriter.contact(contact);
    contacts.add(() -> node);
  }

  /** Adds a contact still being built, whose JSON object is asked for when the draft is read. */
  public void contact(Supplier<ObjectNode> contact) {
    contacts.add(contact);
  }

  /** Adds a glossary entry. */
  public void glossary(String term, String meaning) {
    ObjectNode entry = NODES.objectNode();
    entry.put("term", term);
    entry.put("meaning", meaning);
    glossary.add(entry);
  }

  /** Adds the next section. */
  public void section(Section section) {
    ObjectNode node = TreeWriter.section(section);
    sections.add(() -> node);
  }

  /** Adds the next section, still being built, whose JSON object is asked for when the draft is read. */
  public void section(Supplier<ObjectNode> section) {
    sections.add(section);
  }

  /**
   * Reads the draft.
   *
   * @throws BulletinInvalidException listing every problem, each with its JSON path
   */
  public Bulletin read() {
    ObjectNode tree = root.deepCopy();
    putList(tree, "alternates", alternates);
    putList(tree, "risks", risks);
    putList(tree, "contacts", contacts.stream().map(Supplier::get).toList());
    putList(tree, "glossary", glossary);
    putList(tree, "sections", sections.stream().map(Supplier::get).toList());
    ProblemCollector problems = new ProblemCollector();
    TreeBinder.Bound bound = TreeBinder.bind(tree, problems);
    if (bound.parts() != null) {
      PhoneRules.check(bound.parts(), problems::error);
    }
    return orThrow(bound.bulletin(), problems);
  }

  /**
   * Reads one contact's JSON object, its phone number read in {@code region}; paths start at the
   * contact ({@code $.phone}).
   *
   * @throws BulletinInvalidException listing every problem, each with its path
   */
  public static Contact readContact(ObjectNode contact, String region) {
    ProblemCollector problems = new ProblemCollector();
    Contact read = TreeBinder.bindContact(contact, JsonPaths.ROOT, region, problems);
    JsonNode phone = contact.path("phone");
    if (phone.isTextual() && !phone.textValue().isBlank()) {
      PhoneRules.checkPhone(phone.textValue(), JsonPaths.field(JsonPaths.ROOT, "phone"), region, problems::error);
    }
    return orThrow(read, problems);
  }

  private static <T> T orThrow(@Nullable T value, ProblemCollector problems) {
    if (!problems.problems().isEmpty()) {
      throw new BulletinInvalidException(problems.problems());
    }
    if (value == null) {
      throw new IllegalStateException("read nothing, yet found no problem");
    }
    return value;
  }

  private static void putList(ObjectNode node, String name, List<? extends JsonNode> values) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(name);
      values.forEach(array::add);
    }
  }

  private static void putIfPresent(ObjectNode node, String name, @Nullable String value) {
    if (value != null) {
      node.put(name, value);
    }
  }
}
