package org.safeguarding.bulletin.verify;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the library that rendered the files says of them, beside the validators: the files no
 * validator checks (such as the plain text), each with why, and for each file the checks the
 * library's own tests make of what it writes (by construction, not of this file). Empty when only
 * the files are known, as for {@code verify}.
 *
 * @param notChecked each file not verified, in order, with why
 * @param byConstruction for a file, what the library's tests prove of every file it writes so
 */
public record LibraryReport(Map<Path, String> notChecked, Map<Path, List<String>> byConstruction) {
  /** Copies the maps, keeping their order. */
  public LibraryReport {
    notChecked = Collections.unmodifiableMap(new LinkedHashMap<>(notChecked));
    Map<Path, List<String>> copy = new LinkedHashMap<>();
    byConstruction.forEach((file, checks) -> copy.put(file, List.copyOf(checks)));
    byConstruction = Collections.unmodifiableMap(copy);
  }

  /** Nothing known beside the files. */
  public static LibraryReport none() {
    return new LibraryReport(Map.of(), Map.of());
  }

  /** What the library's tests prove of {@code file}, or nothing. */
  public List<String> byConstruction(Path file) {
    return byConstruction.getOrDefault(file, List.of());
  }
}
