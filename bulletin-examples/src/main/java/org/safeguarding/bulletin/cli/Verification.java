package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.safeguarding.bulletin.verify.AccessibilityStatement;
import org.safeguarding.bulletin.verify.FileReport;
import org.safeguarding.bulletin.verify.LibraryReport;
import org.safeguarding.bulletin.verify.TextReport;
import org.safeguarding.bulletin.verify.Verifier;

/**
 * What {@code verify} and {@code render --verify} both do: each file through its validators, the
 * text summary on standard output, the reports asked for, and the outcome.
 */
final class Verification {
  private Verification() {}

  /** The accessibility statements of the bulletins whose files were verified, from the reports. */
  interface Statements {
    /** None: no bulletin is known. */
    Statements NONE = reports -> List.of();

    /**
     * The statements.
     *
     * @throws IOException if a bulletin cannot be read again
     */
    List<AccessibilityStatement> of(List<FileReport> reports) throws IOException;
  }

  /**
   * Verifies {@code files} with {@code verifier}, prints the summary (with what {@code library} says
   * beside, and the accessibility statements that {@code statements} makes from the reports) to
   * {@code out} and writes the reports {@code options} ask for.
   *
   * @return OK when every check passes, INVALID when one fails, FAILURE when a file cannot be verified
   * @throws IOException if a report cannot be written
   */
  static ExitCode run(Verifier verifier, List<Path> files, LibraryReport library, Statements statements,
      ReportOptions options, PrintWriter out) throws IOException {
    List<FileReport> reports = verifier.verify(files);
    LibraryReport known = library.withStatements(statements.of(reports));
    TextReport.print(reports, known, out);
    out.flush();
    options.write(reports, known);
    ExitCode outcome = ExitCode.OK;
    for (FileReport r : reports) {
      outcome = outcome.worst(r.unreadable().isPresent() ? ExitCode.FAILURE : r.passed() ? ExitCode.OK : ExitCode.INVALID);
    }
    return outcome;
  }
}
