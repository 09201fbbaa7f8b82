package org.safeguarding.bulletin.verify;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The reports as text for a terminal: per file its outcome, each check with the validator and its
 * version, each failed rule with where, each check not run with why, and the checks a person
 * still has to make; then the files not checked, with why; then each bulletin's accessibility
 * statement, when known; then a count.
 */
public final class TextReport {
  private TextReport() {}

  /** Prints {@code reports} to {@code out}. */
  public static void print(List<FileReport> reports, PrintWriter out) {
    print(reports, LibraryReport.none(), out);
  }

  /** Prints {@code reports}, then the files {@code library} says were not checked, to {@code out}. */
  public static void print(List<FileReport> reports, LibraryReport library, PrintWriter out) {
    for (FileReport report : reports) {
      out.println(report.file() + ": " + outcome(report));
      report.unreadable().ifPresent(why -> out.println("  cannot verify: " + why));
      for (CheckResult check : report.checks()) {
        print(check, out);
      }
      if (!report.manualChecks().isEmpty()) {
        out.println("  still to check by a person:");
        report.manualChecks().forEach(m -> out.println("    - " + m));
      }
    }
    library.notChecked().forEach((file, why) -> out.println(file + ": not checked (" + why + ")"));
    for (AccessibilityStatement statement : library.statements()) {
      out.println("accessibility statement of " + statement.bulletin() + " (" + statement.language()
          + "), to paste under the GOV.UK model statement:");
      out.println("  " + statement.text());
    }
    out.println(summary(reports, library));
  }

  /**
   * The count: "3 files: 2 passed, 1 failed, 0 could not be verified", how many files were not
   * checked, and how many checks were not run (which no file's "passed" covers).
   */
  static String summary(List<FileReport> reports, LibraryReport library) {
    long passed = reports.stream().filter(FileReport::passed).count();
    long unreadable = reports.stream().filter(r -> r.unreadable().isPresent()).count();
    int notChecked = library.notChecked().size();
    long notRun = reports.stream().flatMap(r -> r.checks().stream())
        .filter(c -> c.status() == CheckResult.Status.NOT_RUN).count();
    return reports.size() + (reports.size() == 1 ? " file: " : " files: ") + passed + " passed, "
        + (reports.size() - passed - unreadable) + " failed, " + unreadable + " could not be verified"
        + (notChecked == 0 ? "" : "; " + notChecked + " not checked")
        + (notRun == 0 ? "" : "; " + notRun + (notRun == 1 ? " check" : " checks") + " not run");
  }

  /** "passed", "FAILED" or "NOT VERIFIED". */
  static String outcome(FileReport report) {
    return report.unreadable().isPresent() ? "NOT VERIFIED" : report.passed() ? "passed" : "FAILED";
  }

  private static void print(CheckResult check, PrintWriter out) {
    if (check.status() == CheckResult.Status.NOT_RUN) {
      out.println("  " + check.validator() + ": not run (" + check.note() + ")");
      return;
    }
    String status = check.status() == CheckResult.Status.PASSED ? "passed" : "FAILED";
    out.println("  " + check.check() + ": " + status + " (" + check.validator() + " " + check.version() + ")");
    for (RuleFailure failure : check.failures()) {
      out.println("    " + failure);
    }
  }

  /** The status as the JSON report writes it: passed, failed or not-run. */
  static String name(CheckResult.Status status) {
    return status.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
