package org.safeguarding.bulletin.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.BiConsumer;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.json.TextValues;
import org.safeguarding.bulletin.validate.Limit;

/**
 * Tells {@link SizeRules} the sizes and the text of a JSON document as written: every array the
 * limits count and every text value, also those of parts that could not be read and of unknown
 * fields, so that a document's size is bounded before anything else is checked.
 */
final class JsonSizes {
  private JsonSizes() {}

  static void tell(JsonNode root, SizeRules sizes) {
    String top = JsonPaths.ROOT;
    count(root, top, "sections", Limit.SECTIONS, sizes);
    count(root, top, "risks", Limit.RISKS, sizes);
    count(root, top, "contacts", Limit.CONTACTS, sizes);
    count(root, top, "glossary", Limit.GLOSSARY_ENTRIES, sizes);
    count(root, top, "alternates", Limit.ALTERNATES, sizes);
    each(root, top, "risks", (risk, path) -> count(risk, path, "includes", Limit.RISK_INCLUDES, sizes));
    each(root, top, "sections", (section, path) -> {
      count(section, path, "content", Limit.BLOCKS, sizes);
      count(section, path, "easyRead", Limit.EASY_READ_POINTS, sizes);
      each(section, path, "content", (block, at) -> {
        count(block, at, "items", Limit.LIST_ITEMS, sizes);
        count(block, at, "refs", Limit.REFS, sizes);
      });
    });
    TextValues.each(root, sizes::text);
  }

  private static void count(JsonNode parent, String path, String field, Limit limit, SizeRules sizes) {
    JsonNode array = parent.path(field);
    if (array.isArray()) {
      sizes.count(JsonPaths.field(path, field), array.size(), limit);
    }
  }

  private static void each(JsonNode parent, String parentPath, String field, BiConsumer<JsonNode, String> action) {
    JsonNode array = parent.path(field);
    String path = JsonPaths.field(parentPath, field);
    for (int i = 0; array.isArray() && i < array.size(); i++) {
      action.accept(array.get(i), JsonPaths.index(path, i));
    }
  }
}
