package org.safeguarding.bulletin.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.Quote;
import org.safeguarding.bulletin.validate.ProblemCode;

/**
 * Reads the fields of one JSON object, reporting each problem with its path and carrying on. A read
 * that fails returns {@code null}; the caller builds its record only if nothing failed since it began.
 */
final class Fields {
  /** Reads one element of an array, or returns {@code null} after reporting why it cannot. */
  interface ElementReader<T> {
    @Nullable T read(JsonNode node, String path);
  }

  private final JsonNode node;
  private final String path;
  private final ProblemCollector problems;

  private Fields(JsonNode node, String path, ProblemCollector problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /** The fields of {@code node}, or {@code null} if it is not an object; unknown fields are reported. */
  static @Nullable Fields of(JsonNode node, String path, ProblemCollector problems, List<String> known) {
    if (!node.isObject()) {
      problems.error(path, ProblemCode.WRONG_TYPE, "expected an object, found " + JsonKinds.describe(node));
      return null;
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!known.contains(name)) {
        problems.error(JsonPaths.field(path, name), ProblemCode.UNKNOWN_FIELD,
            "unknown field " + Quote.of(name) + "; known fields: " + String.join(", ", known));
      }
    }
    return new Fields(node, path, problems);
  }

  String path() {
    return path;
  }

  String path(String name) {
    return JsonPaths.field(path, name);
  }

  boolean has(String name) {
    return node.has(name);
  }

  @Nullable JsonNode required(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      problems.error(path(name), ProblemCode.MISSING_FIELD, "missing required field '" + name + "'");
    }
    return value;
  }

  @Nullable String requiredText(String name) {
    JsonNode value = required(name);
    return value == null ? null : text(value, path(name));
  }

  @Nullable String optionalText(String name) {
    JsonNode value = node.get(name);
    return value == null ? null : text(value, path(name));
  }

  @Nullable String text(JsonNode value, String at) {
    if (!value.isTextual() || value.textValue().isBlank()) {
      problems.error(at, ProblemCode.WRONG_TYPE, "expected text, found " + JsonKinds.describe(value));
      return null;
    }
    return value.textValue();
  }

  boolean optionalBoolean(String name) {
    JsonNode value = node.get(name);
    if (value == null) {
      return false;
    }
    if (!value.isBoolean()) {
      problems.error(path(name), ProblemCode.WRONG_TYPE, "expected true or false, found " + JsonKinds.describe(value));
      return false;
    }
    return value.booleanValue();
  }

  /** An optional field that names one of a closed set of values; an unknown one is reported with {@code code}. */
  <T> @Nullable T optionalChoice(String name, Function<String, Optional<T>> lookup, ProblemCode code, String known) {
    String value = optionalText(name);
    if (value == null) {
      return null;
    }
    Optional<T> found = lookup.apply(value);
    if (found.isEmpty()) {
      problems.error(path(name), code, "unknown " + name + " " + Quote.of(value) + "; known: " + known);
    }
    return found.orElse(null);
  }

  /**
   * An array field, {@code null} where an element could not be read (after its problem was
   * reported), so that every other element keeps its index; {@code null} if missing (and required),
   * not an array, or too short. A caller builds its record from it only if nothing failed.
   */
  <T> @Nullable List<@Nullable T> list(String name, boolean required, int minItems, ElementReader<T> reader) {
    JsonNode value = required ? required(name) : node.get(name);
    if (value == null) {
      return required ? null : List.of();
    }
    String at = path(name);
    if (!value.isArray()) {
      problems.error(at, ProblemCode.WRONG_TYPE, "expected an array, found " + JsonKinds.describe(value));
      return null;
    }
    if (value.size() < minItems) {
      problems.error(at, ProblemCode.TOO_FEW_ITEMS, "expected at least " + minItems + (minItems == 1 ? " item" : " items")
          + ", found " + value.size());
      return null;
    }
    List<@Nullable T> items = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      items.add(reader.read(value.get(i), JsonPaths.index(at, i)));
    }
    return items;
  }

  /** Reads a string element of an array. */
  @Nullable String textElement(JsonNode value, String at) {
    return text(value, at);
  }

  /** Builds a record; a rule of its own that the checks missed becomes a problem, not a crash. */
  static <T> @Nullable T construct(ProblemCollector problems, String path, Supplier<T> constructor) {
    try {
      return constructor.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      problems.error(path, ProblemCode.INVALID_VALUE, Quote.escaped(String.valueOf(e.getMessage())));
      return null;
    }
  }
}
