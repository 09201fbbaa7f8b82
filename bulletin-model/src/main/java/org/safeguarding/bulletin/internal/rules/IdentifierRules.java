package org.safeguarding.bulletin.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.Quote;

/**
 * Risk and contact ids are unique, every reference in a block names one, once, and the contact for
 * alternative formats is one of the bulletin's.
 */
final class IdentifierRules implements Rule {

  @Override
  public void check(JsonNode root, RuleContext context, ProblemCollector problems) {
    Map<String, String> risks = declared(root, "risks", "risk", problems);
    Map<String, String> contacts = declared(root, "contacts", "contact", problems);
    Tree.eachBlock(root, (block, path) -> {
      String type = block.path("type").asText();
      if (type.equals("risks")) {
        references(block, path, "risk", risks, problems);
      } else if (type.equals("contacts")) {
        references(block, path, "contact", contacts, problems);
      }
    });
    Tree.text(root.path("alternativeFormats"), JsonPaths.field(JsonPaths.ROOT, "alternativeFormats"), "contact",
        (id, path) -> {
          if (!contacts.containsKey(id)) {
            problems.error(path, "unknown-ref", unknown("contact", id, contacts));
          }
        });
  }

  /** The ids declared in {@code root.field}, each with the path where it was first declared. */
  private static Map<String, String> declared(JsonNode root, String field, String kind, ProblemCollector problems) {
    Map<String, String> ids = new LinkedHashMap<>();
    Tree.each(root, JsonPaths.ROOT, field, (item, path) -> Tree.text(item, path, "id", (id, idPath) -> {
      String first = ids.putIfAbsent(id, idPath);
      if (first != null) {
        problems.error(idPath, "duplicate-id", "duplicate " + kind + " id " + Quote.of(id) + ", first used at " + first);
      }
    }));
    return ids;
  }

  private static void references(JsonNode block, String path, String kind, Map<String, String> known,
      ProblemCollector problems) {
    Set<String> seen = new HashSet<>();
    Tree.each(block, path, "refs", (ref, refPath) -> {
      if (!ref.isTextual()) {
        return;
      }
      String id = ref.textValue();
      if (!known.containsKey(id)) {
        problems.error(refPath, "unknown-ref", unknown(kind, id, known));
      } else if (!seen.add(id)) {
        problems.error(refPath, "duplicate-ref", kind + " " + Quote.of(id) + " is listed twice in this block");
      }
    });
  }

  /** "unknown contact 'polic'; known: police, children", the input quoted escaped. */
  private static String unknown(String kind, String id, Map<String, String> known) {
    String list = known.isEmpty() ? "none are defined"
        : "known: " + String.join(", ", known.keySet().stream().map(Quote::escaped).toList());
    return "unknown " + kind + " " + Quote.of(id) + "; " + list;
  }
}
