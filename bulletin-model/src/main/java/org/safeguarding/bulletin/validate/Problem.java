package org.safeguarding.bulletin.validate;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One thing wrong with a bulletin document.
 *
 * @param path the JSON path of the value at fault, for example {@code $.sections[3].content[0].refs[1]}
 * @param line the 1-based line, for syntax errors only
 * @param column the 1-based column, for syntax errors only
 * @param kind what kind of problem it is: a {@link ProblemCode}, or a {@link
 *     org.safeguarding.bulletin.lint.LintRule} for a linter's finding
 * @param message what was expected and what was found, lower-case, without a full stop
 * @param severity how serious it is
 * @param fix a suggested fix, where one is obvious; otherwise {@code null}
 */
public record Problem(
    String path,
    @Nullable Integer line,
    @Nullable Integer column,
    ProblemKind kind,
    String message,
    Severity severity,
    @Nullable String fix) {

  /** Checks that path, kind, message and severity are given. */
  public Problem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(severity, "severity");
  }

  /** An error at a path. */
  public static Problem error(String path, ProblemCode code, String message) {
    return new Problem(path, null, null, code, message, Severity.ERROR, null);
  }

  /** An error at a line and column of the document's text. */
  public static Problem syntax(int line, int column, ProblemCode code, String message) {
    return new Problem("$", line, column, code, message, Severity.ERROR, null);
  }

  /** A copy at another severity. */
  public Problem withSeverity(Severity other) {
    return new Problem(path, line, column, kind, message, other, fix);
  }

  /** The stable id of the problem's kind, as command-line, JSON and SARIF output show it: {@code unknown-ref}. */
  public String code() {
    return kind.id();
  }

  /** The message, after the line and column where they are known: "line 4, column 1: …". */
  public String located() {
    return line == null ? message : "line " + line + ", column " + column + ": " + message;
  }

  /** The problem as one line: {@code PATH: message}, with the line and column where known. */
  @Override
  public String toString() {
    return line == null ? path + ": " + message : located();
  }
}
