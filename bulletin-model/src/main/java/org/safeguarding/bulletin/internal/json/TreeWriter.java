package org.safeguarding.bulletin.internal.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.Alternate;
import org.safeguarding.bulletin.model.Block;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.CalloutTone;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.EasyReadPoint;
import org.safeguarding.bulletin.model.GlossaryEntry;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Paragraph;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.model.Section;

/**
 * Turns a {@link Bulletin} into its JSON tree, fields in the order the format lists them. Optional
 * values that are absent, empty lists and default flags are left out.
 */
public final class TreeWriter {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private TreeWriter() {}

  /** The JSON tree of {@code bulletin}, format version 1. */
  public static ObjectNode write(Bulletin bulletin) {
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", TreeBinder.SUPPORTED_VERSIONS.get(0));
    root.put("id", bulletin.id());
    root.put("layout", bulletin.layout().jsonName());
    root.put("language", bulletin.language());
    root.put("region", bulletin.region());
    if (bulletin.series() != null) {
      ObjectNode series = root.putObject("series");
      series.put("name", bulletin.series().name());
      putIfPresent(series, "strapline", bulletin.series().strapline());
    }
    root.put("title", bulletin.title());
    root.set("publisher", publisher(bulletin.publisher()));
    putIfPresent(root, "published", bulletin.published() == null ? null : bulletin.published().toString());
    putIfPresent(root, "summary", bulletin.summary());
    putList(root, "alternates", bulletin.alternates(), TreeWriter::alternate);
    if (bulletin.alternativeFormats() != null) {
      ObjectNode formats = root.putObject("alternativeFormats");
      putInline(formats, "text", bulletin.alternativeFormats().text());
      putIfPresent(formats, "contact", bulletin.alternativeFormats().contact());
    }
    if (bulletin.easyReadReview() != null) {
      ObjectNode review = root.putObject("easyReadReview");
      review.put("by", bulletin.easyReadReview().by());
      LocalDate date = bulletin.easyReadReview().date();
      putIfPresent(review, "date", date == null ? null : date.toString());
    }
    putList(root, "risks", bulletin.risks(), TreeWriter::risk);
    putList(root, "contacts", bulletin.contacts(), TreeWriter::contact);
    putList(root, "glossary", bulletin.glossary(), TreeWriter::glossaryEntry);
    putList(root, "sections", bulletin.sections(), TreeWriter::section);
    return root;
  }

  static ObjectNode publisher(Publisher publisher) {
    ObjectNode node = NODES.objectNode();
    node.put("name", publisher.name());
    putIfPresent(node, "website", publisher.website());
    if (publisher.logo() != null) {
      ObjectNode logo = node.putObject("logo");
      logo.put("path", publisher.logo().path());
      logo.put("alt", publisher.logo().alt());
    }
    return node;
  }

  private static ObjectNode alternate(Alternate alternate) {
    ObjectNode node = NODES.objectNode();
    node.put("language", alternate.language());
    node.put("title", alternate.title());
    node.put("url", alternate.url());
    return node;
  }

  static ObjectNode risk(Risk risk) {
    ObjectNode node = NODES.objectNode();
    node.put("id", risk.id());
    node.put("name", risk.name());
    putList(node, "includes", risk.includes(), NODES::textNode);
    putInline(node, "description", risk.description());
    return node;
  }

  static ObjectNode contact(Contact contact) {
    ObjectNode node = NODES.objectNode();
    node.put("id", contact.id());
    node.put("name", contact.name());
    putIfPresent(node, "organisation", contact.organisation());
    putIfPresent(node, "audience", contact.audience());
    putIfPresent(node, "hours", contact.hours());
    if (contact.emergency()) {
      node.put("emergency", true);
    }
    putIfPresent(node, "phone", contact.phone() == null ? null : contact.phone().display());
    putIfPresent(node, "website", contact.website());
    putIfPresent(node, "email", contact.email());
    return node;
  }

  private static ObjectNode glossaryEntry(GlossaryEntry entry) {
    ObjectNode node = NODES.objectNode();
    node.put("term", entry.term());
    node.put("meaning", entry.meaning());
    return node;
  }

  static ObjectNode section(Section section) {
    ObjectNode node = NODES.objectNode();
    node.put("heading", section.heading());
    putPictogram(node, section.pictogram());
    putList(node, "content", section.content(), TreeWriter::block);
    putList(node, "easyRead", section.easyRead(), TreeWriter::easyReadPoint);
    return node;
  }

  static ObjectNode easyReadPoint(EasyReadPoint point) {
    ObjectNode node = NODES.objectNode();
    putInline(node, "text", point.text());
    putPictogram(node, point.pictogram());
    return node;
  }

  static ObjectNode block(Block block) {
    ObjectNode node = NODES.objectNode();
    node.put("type", block.type());
    block.accept(new Block.Visitor<Void>() {
      @Override
      public Void paragraph(Paragraph paragraph) {
        putInline(node, "text", paragraph.text());
        return null;
      }

      @Override
      public Void list(ListBlock list) {
        putList(node, "items", list.items(), item -> NODES.textNode(item.source()));
        if (list.ordered()) {
          node.put("ordered", true);
        }
        return null;
      }

      @Override
      public Void risks(RisksBlock risks) {
        putList(node, "refs", risks.refs(), NODES::textNode);
        putInline(node, "intro", risks.intro());
        return null;
      }

      @Override
      public Void contacts(ContactsBlock contacts) {
        putList(node, "refs", contacts.refs(), NODES::textNode);
        putInline(node, "intro", contacts.intro());
        return null;
      }

      @Override
      public Void callout(Callout callout) {
        putInline(node, "text", callout.text());
        if (callout.tone() != CalloutTone.INFO) {
          node.put("tone", callout.tone().jsonName());
        }
        return null;
      }
    });
    return node;
  }

  private static void putPictogram(ObjectNode node, @Nullable Pictogram pictogram) {
    putIfPresent(node, "pictogram", pictogram == null ? null : pictogram.jsonName());
  }

  private static void putInline(ObjectNode node, String name, @Nullable InlineText text) {
    putIfPresent(node, name, text == null ? null : text.source());
  }

  private static void putIfPresent(ObjectNode node, String name, @Nullable String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  private static <T> void putList(ObjectNode node, String name, List<T> values,
      Function<T, ? extends com.fasterxml.jackson.databind.JsonNode> toNode) {
    if (!values.isEmpty()) {
      ArrayNode array = node.putArray(name);
      values.forEach(v -> array.add(toNode.apply(v)));
    }
  }
}
