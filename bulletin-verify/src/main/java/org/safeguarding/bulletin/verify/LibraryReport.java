package org.safeguarding.bulletin.verify;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the library that rendered the files says of them, beside the validators: the files no
 * validator checks (such as the plain text), each with why; for each file the checks the library's
 * own tests make of what it writes (by construction, not of this file); and for each bulletin whose
 * files were verified, its accessibility statement. Empty when only the files are known.
 *
 * @param notChecked each file not verified, in order, with why
 * @param byConstruction for a file, what the library's tests prove of every file it writes so
 * @param statements the accessibility statement of each bulletin, in order
 */
public record LibraryReport(Map<Path, String> notChecked, Map<Path, List<String>> byConstruction,
    List<AccessibilityStatement> statements) {
  /** Copies the maps, keeping their order, and the statements. */
  public LibraryReport {
    notChecked = Collections.unmodifiableMap(new LinkedHashMap<>(notChecked));
    Map<Path, List<String>> copy = new LinkedHashMap<>();
    byConstruction.forEach((file, checks) -> copy.put(file, List.copyOf(checks)));
    byConstruction = Collections.unmodifiableMap(copy);
    statements = List.copyOf(statements);
  }

  /** The files not checked and what the library's tests prove, with no statement. */
  public LibraryReport(Map<Path, String> notChecked, Map<Path, List<String>> byConstruction) {
    this(notChecked, byConstruction, List.of());
  }

  /** Nothing known beside the files. */
  public static LibraryReport none() {
    return new LibraryReport(Map.of(), Map.of());
  }

  /** A copy with {@code statements} instead of this one's. */
  public LibraryReport withStatements(List<AccessibilityStatement> statements) {
    return new LibraryReport(notChecked, byConstruction, statements);
  }

  /** What the library's tests prove of {@code file}, or nothing. */
  public List<String> byConstruction(Path file) {
    return byConstruction.getOrDefault(file, List.of());
  }
}
