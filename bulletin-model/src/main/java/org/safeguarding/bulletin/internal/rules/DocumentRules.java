package org.safeguarding.bulletin.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.walk.Parts;
import org.safeguarding.bulletin.internal.walk.RecordWalk;
import org.safeguarding.bulletin.model.Bulletin;

/**
 * Runs every document rule. The limits come first: a document over one is not checked further, so
 * that its cost stays bounded. Then the characters of every text, and then the rules on the records
 * ({@link RecordRules}), in one walk over them.
 */
public final class DocumentRules {
  private DocumentRules() {}

  /**
   * Adds every problem of a JSON document to {@code problems}: its sizes and characters as written
   * in {@code root}, then the rules on {@code parts}, the records the binder read from it.
   */
  public static void check(JsonNode root, Parts parts, RuleContext context, ProblemCollector problems) {
    SizeRules sizes = new SizeRules(context.limits());
    JsonSizes.tell(root, sizes);
    if (!sizes.report(problems)) {
      RecordRules.check(parts, context, problems);
    }
  }

  /** Adds every problem of {@code bulletin} to {@code problems}, each at the path its JSON would give it. */
  public static void check(Bulletin bulletin, RuleContext context, ProblemCollector problems) {
    Parts parts = Parts.of(bulletin);
    SizeRules sizes = new SizeRules(context.limits());
    RecordWalk.walk(parts, new RecordSizes(sizes));
    if (!sizes.report(problems)) {
      RecordRules.check(parts, context, problems);
    }
  }
}
