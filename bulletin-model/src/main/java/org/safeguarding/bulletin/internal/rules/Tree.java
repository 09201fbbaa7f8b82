package org.safeguarding.bulletin.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.BiConsumer;
import org.safeguarding.bulletin.internal.JsonPaths;

/** Walks the parts of a bulletin's JSON tree that rules look at, with their paths. */
public final class Tree {
  private Tree() {}

  /** Calls {@code action} for each element of the array {@code parent.field}, if it is an array. */
  static void each(JsonNode parent, String parentPath, String field, BiConsumer<JsonNode, String> action) {
    JsonNode array = parent.path(field);
    if (array.isArray()) {
      String path = JsonPaths.field(parentPath, field);
      for (int i = 0; i < array.size(); i++) {
        action.accept(array.get(i), JsonPaths.index(path, i));
      }
    }
  }

  /** Calls {@code action} for each block of each section. */
  static void eachBlock(JsonNode root, BiConsumer<JsonNode, String> action) {
    each(root, JsonPaths.ROOT, "sections", (section, path) -> each(section, path, "content", action));
  }

  /** Calls {@code action} with the text and path of every field that holds inline text. */
  public static void eachInlineText(JsonNode root, BiConsumer<String, String> action) {
    each(root, JsonPaths.ROOT, "risks", (risk, path) -> text(risk, path, "description", action));
    text(root.path("alternativeFormats"), JsonPaths.field(JsonPaths.ROOT, "alternativeFormats"), "text", action);
    eachBlock(root, (block, path) -> {
      text(block, path, "text", action);
      text(block, path, "intro", action);
      each(block, path, "items", (item, itemPath) -> {
        if (item.isTextual() && !item.textValue().isBlank()) {
          action.accept(item.textValue(), itemPath);
        }
      });
    });
    each(root, JsonPaths.ROOT, "sections",
        (section, path) -> each(section, path, "easyRead", (point, p) -> text(point, p, "text", action)));
  }

  /** Calls {@code action} with {@code node.field}'s text and path, if it is text. */
  static void text(JsonNode node, String path, String field, BiConsumer<String, String> action) {
    JsonNode value = node.path(field);
    if (value.isTextual() && !value.textValue().isBlank()) {
      action.accept(value.textValue(), JsonPaths.field(path, field));
    }
  }
}
