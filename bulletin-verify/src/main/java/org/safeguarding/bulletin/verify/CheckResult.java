package org.safeguarding.bulletin.verify;

import java.util.List;
import java.util.Objects;

/**
 * What one validator said of one file: the check (such as {@code PDF/UA-1}), the validator's name
 * and version, the outcome, each failed rule, and for a check that did not run, why not.
 */
public record CheckResult(String check, String validator, String version, Status status,
    List<RuleFailure> failures, String note) {

  /** The outcome of a check. */
  public enum Status {
    /** The validator ran and found nothing wrong. */
    PASSED,
    /** The validator ran and found at least one failed rule. */
    FAILED,
    /** The check was not made; {@link CheckResult#note()} says why. Never counted as passed. */
    NOT_RUN
  }

  /** Copies the failures; checks that a failed check has failures and that nothing is null. */
  public CheckResult {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(validator, "validator");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(note, "note");
    failures = List.copyOf(failures);
    if ((status == Status.FAILED) == failures.isEmpty()) {
      throw new IllegalArgumentException(status + " with " + failures.size() + " failures");
    }
  }

  /** The check's result from its failures: passed when there are none. */
  public static CheckResult of(String check, String validator, String version, List<RuleFailure> failures) {
    return new CheckResult(check, validator, version, failures.isEmpty() ? Status.PASSED : Status.FAILED,
        failures, "");
  }

  /** A check that was not made, and why. */
  public static CheckResult notRun(String check, String validator, String why) {
    return new CheckResult(check, validator, "", Status.NOT_RUN, List.of(), why);
  }
}
