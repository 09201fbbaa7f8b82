package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.verify.AccessibilityStatement;
import org.safeguarding.bulletin.verify.FileKind;
import org.safeguarding.bulletin.verify.FileReport;
import org.safeguarding.bulletin.verify.LibraryReport;
import org.safeguarding.bulletin.wording.Wordings;

/**
 * The files {@code render --verify} wrote, split for {@link Verification}: those a validator checks
 * (by their kind), and what the library says beside them, the others as not checked and, for each
 * file, what the library's tests prove of its format ({@link LibraryProofs}), from its bulletin.
 */
final class WrittenReport {
  private WrittenReport() {}

  /** The files a validator checks, in the order written. */
  static List<Path> checkable(List<BatchRenderer.Written> written) {
    return written.stream().map(BatchRenderer.Written::file).filter(file -> FileKind.of(file).isPresent()).toList();
  }

  /**
   * The accessibility statement of each bulletin written, from the reports on its files, in the
   * library's words of its language from {@code wordings}.
   *
   * @throws IOException if a bulletin cannot be read again
   */
  static List<AccessibilityStatement> statements(List<BatchRenderer.Written> written, Wordings wordings,
      List<FileReport> reports) throws IOException {
    Map<InputReader.Input, List<Path>> filesByInput = new LinkedHashMap<>();
    written.forEach(w -> filesByInput.computeIfAbsent(w.input(), i -> new ArrayList<>()).add(w.file()));
    List<AccessibilityStatement> statements = new ArrayList<>();
    for (Map.Entry<InputReader.Input, List<Path>> input : filesByInput.entrySet()) {
      Bulletin bulletin = input.getKey().source().load();
      List<FileReport> own = reports.stream().filter(r -> input.getValue().contains(r.file())).toList();
      statements.add(AccessibilityStatement.of(bulletin, wordings.forLanguage(bulletin.language()), own));
    }
    return statements;
  }

  /**
   * The files no validator checks and what the library's tests prove of each file.
   *
   * @throws IOException if a bulletin cannot be read again
   */
  static LibraryReport library(List<BatchRenderer.Written> written) throws IOException {
    Map<Path, String> notChecked = new LinkedHashMap<>();
    Map<Path, List<String>> proofs = new LinkedHashMap<>();
    Map<InputReader.Input, Bulletin> bulletins = new HashMap<>();
    for (BatchRenderer.Written file : written) {
      if (FileKind.of(file.file()).isEmpty()) {
        notChecked.put(file.file(), "no validator checks " + file.format().cliName() + " files");
      }
      Bulletin bulletin = bulletins.get(file.input());
      if (bulletin == null) {
        bulletin = file.input().source().load();
        bulletins.put(file.input(), bulletin);
      }
      proofs.put(file.file(), LibraryProofs.of(file.format(), bulletin));
    }
    return new LibraryReport(notChecked, proofs);
  }
}
