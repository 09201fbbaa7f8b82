package org.safeguarding.bulletin.internal.rules;

import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.files.FileScope;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.validate.Limits;

/**
 * The bulletins the library has found valid (read by the JSON reader, or checked by the validator),
 * each with the settings it was found valid under, so that a renderer given one of them under the
 * same settings does not check it again: a bulletin read from JSON, or checked once, is checked once
 * however many outputs are made from it. A bulletin is known by its value (its records are
 * immutable, so equal bulletins have the same problems) and held weakly, forgotten with it.
 */
public final class Validated {
  private static final Map<Bulletin, Set<Check>> VALID = Collections.synchronizedMap(new WeakHashMap<>());

  private Validated() {}

  /** The settings a bulletin was found valid under: its limits, and where its files were read. */
  private record Check(Limits limits, FileScope files) {}

  /** Remembers that {@code bulletin} has no problem under {@code limits}, its files read in {@code files}. */
  public static void remember(Bulletin bulletin, Limits limits, FileScope files) {
    Check check = new Check(limits, normalised(files));
    VALID.compute(bulletin, (b, checks) -> {
      Set<Check> known = checks == null ? new HashSet<>() : checks;
      known.add(check);
      return known;
    });
  }

  /**
   * Whether {@code bulletin} was found valid under {@code limits} with its files read in {@code
   * files}, or, if {@code files} is {@code null}, wherever they were read.
   */
  public static boolean known(Bulletin bulletin, Limits limits, @Nullable FileScope files) {
    Set<Check> checks = VALID.get(bulletin);
    if (checks == null) {
      return false;
    }
    synchronized (VALID) {
      return files == null ? checks.stream().anyMatch(c -> c.limits().equals(limits))
          : checks.contains(new Check(limits, normalised(files)));
    }
  }

  private static FileScope normalised(FileScope files) {
    return new FileScope(files.directory().toAbsolutePath().normalize(), files.root().toAbsolutePath().normalize());
  }
}
