package org.safeguarding.bulletin.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.safeguarding.bulletin.internal.ProblemCollector;

/**
 * One family of document rules. Rules read the JSON tree, so the same rule and the same paths serve
 * documents read from JSON and bulletins built in Java. A rule skips values of the wrong shape: the
 * binder reports those.
 */
interface Rule {
  void check(JsonNode root, RuleContext context, ProblemCollector problems);
}
