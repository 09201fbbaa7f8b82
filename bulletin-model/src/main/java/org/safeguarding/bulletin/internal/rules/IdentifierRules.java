package org.safeguarding.bulletin.internal.rules;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.Quote;
import org.safeguarding.bulletin.validate.ProblemCode;

/**
 * The ids of one kind (risks or contacts) are unique, and every reference names one of them: a
 * block's, once in that block, and the alternative formats' contact.
 *
 * @param <S> the stages problems are reported in
 */
final class IdentifierRules<S extends Enum<S>> {
  private final String kind;
  private final Map<String, String> declared = new LinkedHashMap<>();
  private final StagedProblems<S> problems;

  /**
   * Declares the ids, each at {@code $.field[i].id}, reporting every id given twice at {@code stage}.
   *
   * @param ids the id each element declares, {@code null} where it declares none
   */
  IdentifierRules(String kind, String field, List<@Nullable String> ids, StagedProblems<S> problems, S stage) {
    this.kind = kind;
    this.problems = problems;
    String path = JsonPaths.field(JsonPaths.ROOT, field);
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (id == null || id.isBlank()) {
        continue;
      }
      String idPath = JsonPaths.field(JsonPaths.index(path, i), "id");
      String first = declared.putIfAbsent(id, idPath);
      if (first != null) {
        problems.error(stage, idPath, ProblemCode.DUPLICATE_ID,
            "duplicate " + kind + " id " + Quote.of(id) + ", first used at " + first);
      }
    }
  }

  /** Checks a block's references, at {@code path}'s {@code refs}: each names an id, once. */
  void block(List<String> refs, String path, S stage) {
    Set<String> seen = new HashSet<>();
    String refsPath = JsonPaths.field(path, "refs");
    for (int i = 0; i < refs.size(); i++) {
      String id = refs.get(i);
      String refPath = JsonPaths.index(refsPath, i);
      if (!declared.containsKey(id)) {
        problems.error(stage, refPath, ProblemCode.UNKNOWN_REF, unknown(id));
      } else if (!seen.add(id)) {
        problems.error(stage, refPath, ProblemCode.DUPLICATE_REF, kind + " " + Quote.of(id) + " is listed twice in this block");
      }
    }
  }

  /** Checks one reference at {@code path}. */
  void reference(String id, String path, S stage) {
    if (!declared.containsKey(id)) {
      problems.error(stage, path, ProblemCode.UNKNOWN_REF, unknown(id));
    }
  }

  /** "unknown contact 'polic'; known: police, children", the input quoted escaped. */
  private String unknown(String id) {
    String list = declared.isEmpty() ? "none are defined"
        : "known: " + String.join(", ", declared.keySet().stream().map(Quote::escaped).toList());
    return "unknown " + kind + " " + Quote.of(id) + "; " + list;
  }
}
