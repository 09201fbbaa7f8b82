package org.safeguarding.bulletin.validate;

/**
 * What kind of thing a {@link Problem} reports, with the stable id that command-line, JSON and
 * SARIF output show. Two enums implement it, one a namespace: {@link ProblemCode} for what
 * validation and the outputs find, and {@link org.safeguarding.bulletin.lint.LintRule} for the
 * linter's findings.
 */
public interface ProblemKind {
  /** The stable id, lower-case words joined by hyphens, for example {@code unknown-ref}. */
  String id();
}
