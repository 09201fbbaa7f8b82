package org.safeguarding.bulletin.internal.lint;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.Quote;
import org.safeguarding.bulletin.lint.LintRule;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.validate.Problem;
import org.safeguarding.bulletin.validate.Severity;

/**
 * Collects findings at each rule's level (the caller's choice, else the rule's default for the
 * bulletin's layout), dropping those of rules switched off.
 */
public final class Findings {
  private final RuleLevels levels;
  private final @Nullable Layout layout;
  private final List<Problem> found = new ArrayList<>();

  /** Findings at {@code levels} for a bulletin of {@code layout}; none if text is linted without a bulletin. */
  public Findings(RuleLevels levels, @Nullable Layout layout) {
    this.levels = levels;
    this.layout = layout;
  }

  /**
   * Adds a finding; the message and fix quote the document's text, so control characters in them are
   * escaped ({@link Quote#escaped}) and nothing the document says can act on a terminal.
   */
  void add(LintRule rule, String path, String message, @Nullable String fix) {
    Severity level = levels.level(rule, layout);
    if (level != null) {
      found.add(new Problem(path, null, null, rule, Quote.escaped(message), level,
          fix == null ? null : Quote.escaped(fix)));
    }
  }

  /** The findings, in the order found. */
  public List<Problem> list() {
    return List.copyOf(found);
  }
}
