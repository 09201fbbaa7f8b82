package org.safeguarding.bulletin.verify;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.safeguarding.bulletin.verify.docx.DocxAccessibilityCheck;

/**
 * The project's own DOCX checks ({@link DocxAccessibilityCheck}): what Word's Accessibility Checker
 * and the Easy Read rules check, read back from the file's XML.
 */
final class DocxCheck implements Check {
  private static final String VALIDATOR = "bulletin DOCX checks";

  @Override
  public List<CheckResult> check(Path file, byte[] bytes) throws IOException {
    List<String> problems;
    try {
      problems = DocxAccessibilityCheck.problems(bytes);
    } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException e) {
      throw new IOException("not a readable DOCX file: " + e.getMessage(), e);
    }
    List<RuleFailure> failures = problems.stream().map(DocxCheck::failure).toList();
    return List.of(CheckResult.of("Word accessibility and Easy Read", VALIDATOR, Versions.ofThisLibrary(), failures));
  }

  /** A problem "where: what" as a failure; a problem without a "where" has an empty one. */
  private static RuleFailure failure(String problem) {
    int colon = problem.indexOf(": ");
    return colon < 0
        ? new RuleFailure("docx", problem, "")
        : new RuleFailure("docx", problem.substring(colon + 2), problem.substring(0, colon));
  }
}
