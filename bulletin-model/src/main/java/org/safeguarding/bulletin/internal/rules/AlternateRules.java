package org.safeguarding.bulletin.internal.rules;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.Languages;
import org.safeguarding.bulletin.internal.Quote;
import org.safeguarding.bulletin.model.Alternate;
import org.safeguarding.bulletin.validate.ProblemCode;

/**
 * Each alternate has a valid language tag, other than the bulletin's own and given once, and an
 * {@code https:} address.
 *
 * @param <S> the stages problems are reported in
 */
final class AlternateRules<S extends Enum<S>> {
  private final String own;
  private final StagedProblems<S> problems;
  private final S stage;
  private final Map<String, String> seen = new HashMap<>();

  /** Rules for the alternates of a bulletin in language {@code own}. */
  AlternateRules(String own, StagedProblems<S> problems, S stage) {
    this.own = own;
    this.problems = problems;
    this.stage = stage;
  }

  /** Checks one alternate, at {@code path}. */
  void check(Alternate alternate, String path) {
    String tag = alternate.language();
    String at = JsonPaths.field(path, "language");
    Optional<String> problem = Languages.problem(tag);
    if (problem.isPresent()) {
      problems.error(stage, at, ProblemCode.INVALID_LANGUAGE, problem.get());
    } else if (tag.equalsIgnoreCase(own)) {
      problems.error(stage, at, ProblemCode.INVALID_ALTERNATE, "the alternate's language " + Quote.of(tag)
          + " is the bulletin's own; an alternate is the bulletin in another language");
    } else {
      String first = seen.putIfAbsent(tag.toLowerCase(Locale.ROOT), at);
      if (first != null) {
        problems.error(stage, at, ProblemCode.INVALID_ALTERNATE,
            "language " + Quote.of(tag) + " is given twice, first at " + first);
      }
    }
    String url = alternate.url();
    if (!url.strip().toLowerCase(Locale.ROOT).startsWith("https://")) {
      problems.error(stage, JsonPaths.field(path, "url"), ProblemCode.REFUSED_LINK_SCHEME,
          "expected an https: address for the alternate, such as https://example.org/cy, found " + Quote.of(url));
    }
  }
}
