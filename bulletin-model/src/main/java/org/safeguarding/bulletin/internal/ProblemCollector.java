package org.safeguarding.bulletin.internal;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.bulletin.validate.Problem;
import org.safeguarding.bulletin.validate.ProblemCode;

/** Gathers problems as a document is checked, so that all are reported at once. */
public final class ProblemCollector {
  private final List<Problem> problems = new ArrayList<>();

  /** Adds an error at {@code path}. */
  public void error(String path, ProblemCode code, String message) {
    problems.add(Problem.error(path, code, message));
  }

  /** Adds every problem in {@code more}. */
  public void addAll(List<Problem> more) {
    problems.addAll(more);
  }

  /** How many problems have been found so far: a mark to compare with later. */
  public int mark() {
    return problems.size();
  }

  /** Whether any problem was found since {@code mark}. */
  public boolean foundSince(int mark) {
    return problems.size() > mark;
  }

  /** The problems found, in order. */
  public List<Problem> problems() {
    return List.copyOf(problems);
  }
}
