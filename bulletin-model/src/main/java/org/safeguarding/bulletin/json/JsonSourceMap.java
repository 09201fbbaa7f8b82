package org.safeguarding.bulletin.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each JSON path of a document starts in its text, so that tools can point at the line of a
 * problem (the linter's SARIF output does). A path that is not in the document, such as a missing
 * field's, is placed at its nearest enclosing value.
 */
public final class JsonSourceMap {
  /**
   * A position in the document's text.
   *
   * @param line the 1-based line
   * @param column the 1-based column
   */
  public record Position(int line, int column) {}

  private final Map<String, Position> positions;

  private JsonSourceMap(Map<String, Position> positions) {
    this.positions = positions;
  }

  /** The map of {@code json}; as much as could be read if the text is malformed. */
  public static JsonSourceMap of(String json) {
    Map<String, Position> positions = new HashMap<>();
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        String path = pathOfToken(parser, token);
        if (path != null) {
          JsonLocation at = parser.currentTokenLocation();
          positions.putIfAbsent(path, new Position(at.getLineNr(), at.getColumnNr()));
        }
      }
    } catch (IOException e) {
      // A malformed document: keep what was read before the error.
    }
    return new JsonSourceMap(positions);
  }

  /** Where {@code path} (or, if it is absent, its nearest enclosing value) starts. */
  public Optional<Position> find(String path) {
    for (String p = path; !p.isEmpty(); p = parent(p)) {
      Position position = positions.get(p);
      if (position != null) {
        return Optional.of(position);
      }
    }
    return Optional.empty();
  }

  private static String parent(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? "" : path.substring(0, cut);
  }

  private static String pathOfToken(JsonParser parser, JsonToken token) throws IOException {
    JsonStreamContext context = parser.getParsingContext();
    if (token == JsonToken.FIELD_NAME) {
      return pathOf(context) + "." + parser.currentName();
    }
    if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
      return null;
    }
    JsonStreamContext container = token.isStructStart() ? context.getParent() : context;
    if (container.inRoot()) {
      return "$";
    }
    return container.inArray() ? pathOf(container) + "[" + container.getCurrentIndex() + "]" : null;
  }

  private static String pathOf(JsonStreamContext context) {
    JsonStreamContext parent = context.getParent();
    if (parent == null || parent.inRoot()) {
      return "$";
    }
    return parent.inArray()
        ? pathOf(parent) + "[" + parent.getCurrentIndex() + "]"
        : pathOf(parent) + "." + parent.getCurrentName();
  }
}
