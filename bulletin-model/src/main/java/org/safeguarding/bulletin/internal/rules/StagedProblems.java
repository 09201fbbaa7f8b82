package org.safeguarding.bulletin.internal.rules;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.validate.Problem;
import org.safeguarding.bulletin.validate.ProblemCode;

/**
 * Problems kept apart by stage, and reported stage by stage in the order the stages are declared:
 * one walk over the records meets the rules' problems in document order, and reports them family
 * by family, in the order the format's documentation lists the rules.
 *
 * @param <S> the stages
 */
final class StagedProblems<S extends Enum<S>> {
  private final Map<S, List<Problem>> stages;

  StagedProblems(Class<S> type) {
    this.stages = new EnumMap<>(type);
  }

  /** Adds an error at {@code path} to {@code stage}. */
  void error(S stage, String path, ProblemCode code, String message) {
    stages.computeIfAbsent(stage, s -> new ArrayList<>()).add(Problem.error(path, code, message));
  }

  /** Whether no problem was added. */
  boolean isEmpty() {
    return stages.isEmpty();
  }

  /** Adds every problem to {@code problems}, stage by stage. */
  void reportTo(ProblemCollector problems) {
    stages.values().forEach(problems::addAll);
  }
}
