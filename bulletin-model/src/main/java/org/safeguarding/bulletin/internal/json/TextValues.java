package org.safeguarding.bulletin.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;
import java.util.function.BiConsumer;
import org.safeguarding.bulletin.internal.JsonPaths;

/** Walks every text value of a JSON tree, in document order, with its path. */
public final class TextValues {
  private TextValues() {}

  /** Calls {@code action} with the path and text of every text value in {@code root}. */
  public static void each(JsonNode root, BiConsumer<String, String> action) {
    walk(root, JsonPaths.ROOT, action);
  }

  private static void walk(JsonNode node, String path, BiConsumer<String, String> action) {
    if (node.isTextual()) {
      action.accept(path, node.textValue());
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), JsonPaths.index(path, i), action);
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
        Map.Entry<String, JsonNode> field = fields.next();
        walk(field.getValue(), JsonPaths.field(path, field.getKey()), action);
      }
    }
  }
}
