package org.safeguarding.bulletin.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.safeguarding.bulletin.internal.ProblemCollector;

/**
 * Runs every document rule on a bulletin's JSON tree. The limits come first: a document over one is
 * not checked further, so that its cost stays bounded.
 */
public final class DocumentRules {
  private static final Rule LIMITS = new LimitRule();
  private static final List<Rule> RULES = List.of(new CharacterRule(),
      new SectionCountRule(), new IdentifierRules(), new LocaleRules(), new AlternateRules(), new LinkRules(), new LogoRule());

  private DocumentRules() {}

  /** Adds every problem the rules find in {@code root} to {@code problems}. */
  public static void check(JsonNode root, RuleContext context, ProblemCollector problems) {
    int mark = problems.mark();
    LIMITS.check(root, context, problems);
    if (problems.foundSince(mark)) {
      return;
    }
    for (Rule rule : RULES) {
      rule.check(root, context, problems);
    }
  }
}
