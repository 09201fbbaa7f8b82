package org.safeguarding.bulletin.internal.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.Quote;
import org.safeguarding.bulletin.lint.LintRule;
import org.safeguarding.bulletin.validate.Problem;
import org.safeguarding.bulletin.validate.Severity;

/** Collects findings at the level the caller chose for each rule, dropping those of rules switched off. */
public final class Findings {
  private final Map<LintRule, Severity> levels;
  private final List<Problem> found = new ArrayList<>();

  /** Findings for the rules in {@code levels}; a rule not in it is switched off. */
  public Findings(Map<LintRule, Severity> levels) {
    this.levels = levels;
  }

  /**
   * Adds a finding; the message and fix quote the document's text, so control characters in them are
   * escaped ({@link Quote#escaped}) and nothing the document says can act on a terminal.
   */
  void add(LintRule rule, String path, String message, @Nullable String fix) {
    Severity level = levels.get(rule);
    if (level != null) {
      found.add(new Problem(path, null, null, rule.id(), Quote.escaped(message), level,
          fix == null ? null : Quote.escaped(fix)));
    }
  }

  /** The findings, in the order found. */
  public List<Problem> list() {
    return List.copyOf(found);
  }
}
