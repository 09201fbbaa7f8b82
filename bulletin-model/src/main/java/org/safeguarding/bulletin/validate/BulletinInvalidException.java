package org.safeguarding.bulletin.validate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a bulletin has problems. It carries every problem found, not just the first, and its
 * message lists them, one a line, after their count.
 */
public final class BulletinInvalidException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The problems, in the order they were found. */
  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems at least one problem
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public BulletinInvalidException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** Every problem found, in the order found. */
  public List<Problem> problems() {
    return problems;
  }

  private static String message(List<Problem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("problems: expected at least one problem");
    }
    String count = problems.size() == 1 ? "1 problem" : problems.size() + " problems";
    return problems.stream().map(Problem::toString).collect(Collectors.joining("\n", count + ":\n", ""));
  }
}
