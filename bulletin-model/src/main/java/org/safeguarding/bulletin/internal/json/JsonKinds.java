package org.safeguarding.bulletin.internal.json;

import com.fasterxml.jackson.databind.JsonNode;

/** Names the kind of a JSON value in messages: "a string", "a number", "null". */
final class JsonKinds {
  private JsonKinds() {}

  static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT, POJO -> "an object";
      case STRING, BINARY -> node.textValue() != null && node.textValue().isBlank() ? "an empty string" : "a string";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      case NULL -> "null";
      case MISSING -> "nothing";
    };
  }
}
