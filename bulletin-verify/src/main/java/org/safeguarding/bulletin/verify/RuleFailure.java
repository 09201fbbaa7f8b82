package org.safeguarding.bulletin.verify;

import java.util.Objects;

/**
 * One rule a file fails: the rule's id as the validator names it (for veraPDF the clause and test
 * number, such as {@code 7.1-3}), its message, and where in the file it fails (a veraPDF context,
 * an HTML line and column, a DOCX part); {@code where} is empty when the validator does not say.
 */
public record RuleFailure(String rule, String message, String where) {
  /** Checks that no field is null. */
  public RuleFailure {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(where, "where");
  }

  @Override
  public String toString() {
    return rule + ": " + message + (where.isEmpty() ? "" : " at " + where);
  }
}
