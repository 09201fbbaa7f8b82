package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.verify.FileKind;
import org.safeguarding.bulletin.verify.LibraryReport;

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
