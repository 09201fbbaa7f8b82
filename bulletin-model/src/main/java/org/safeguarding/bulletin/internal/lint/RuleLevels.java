package org.safeguarding.bulletin.internal.lint;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.lint.LintRule;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.validate.Severity;

/**
 * Which rules are on, and at what level: the level the caller chose for a rule, else the rule's
 * default for the bulletin's layout ({@link LintRule#defaultLevel(Layout)}). Immutable.
 */
public final class RuleLevels {
  private final Set<LintRule> off;
  private final Map<LintRule, Severity> chosen;

  private RuleLevels(Set<LintRule> off, Map<LintRule, Severity> chosen) {
    this.off = off;
    this.chosen = chosen;
  }

  /** Every rule on, at its default level. */
  public static RuleLevels defaults() {
    return new RuleLevels(EnumSet.noneOf(LintRule.class), new EnumMap<>(LintRule.class));
  }

  /** A copy in which {@code rule} is on at {@code level}, whatever the layout. */
  public RuleLevels with(LintRule rule, Severity level) {
    Set<LintRule> newOff = copy(off);
    newOff.remove(Objects.requireNonNull(rule, "rule"));
    Map<LintRule, Severity> newChosen = new EnumMap<>(chosen);
    newChosen.put(rule, Objects.requireNonNull(level, "level"));
    return new RuleLevels(newOff, newChosen);
  }

  /** A copy with {@code rule} off. */
  public RuleLevels without(LintRule rule) {
    Set<LintRule> newOff = copy(off);
    newOff.add(Objects.requireNonNull(rule, "rule"));
    Map<LintRule, Severity> newChosen = new EnumMap<>(chosen);
    newChosen.remove(rule);
    return new RuleLevels(newOff, newChosen);
  }

  /**
   * The level of {@code rule}'s findings in a bulletin of {@code layout}, or none if it is off. With
   * no layout (text linted without a bulletin), a rule's default is its level in the default layout.
   */
  @Nullable Severity level(LintRule rule, @Nullable Layout layout) {
    if (off.contains(rule)) {
      return null;
    }
    Severity level = chosen.get(rule);
    if (level != null) {
      return level;
    }
    return layout == null ? rule.defaultLevel() : rule.defaultLevel(layout);
  }

  private static Set<LintRule> copy(Set<LintRule> rules) {
    return rules.isEmpty() ? EnumSet.noneOf(LintRule.class) : EnumSet.copyOf(rules);
  }
}
