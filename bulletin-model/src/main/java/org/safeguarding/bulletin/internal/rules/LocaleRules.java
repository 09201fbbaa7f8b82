package org.safeguarding.bulletin.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.Languages;
import org.safeguarding.bulletin.internal.ProblemCollector;

/**
 * The language is a well-formed BCP 47 tag whose subtags are registered ({@link Languages#problem}),
 * and the phone numbers are valid in the bulletin's region ({@link PhoneRule}).
 */
final class LocaleRules implements Rule {
  @Override
  public void check(JsonNode root, RuleContext context, ProblemCollector problems) {
    Tree.text(root, JsonPaths.ROOT, "language", (tag, path) ->
        Languages.problem(tag).ifPresent(problem -> problems.error(path, "invalid-language", problem)));
    PhoneRule.check(root, problems);
  }
}
