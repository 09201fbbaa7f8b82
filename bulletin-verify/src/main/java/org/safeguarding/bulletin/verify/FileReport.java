package org.safeguarding.bulletin.verify;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The verification of one file: its kind (empty when unknown), each check made or not made, the
 * checks a person still has to make, and, when the file could not be read, why.
 */
public record FileReport(Path file, Optional<FileKind> kind, List<CheckResult> checks,
    List<String> manualChecks, Optional<String> unreadable) {

  /** Copies the lists; checks that nothing is null. */
  public FileReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(unreadable, "unreadable");
    checks = List.copyOf(checks);
    manualChecks = List.copyOf(manualChecks);
  }

  /** The report on a file that could not be read, or is of no kind {@code verify} knows. */
  public static FileReport unreadable(Path file, Optional<FileKind> kind, String why) {
    return new FileReport(file, kind, List.of(), List.of(), Optional.of(why));
  }

  /** Whether the file was read and no check failed (checks not run are listed, not failed). */
  public boolean passed() {
    return unreadable.isEmpty() && checks.stream().noneMatch(c -> c.status() == CheckResult.Status.FAILED);
  }
}
