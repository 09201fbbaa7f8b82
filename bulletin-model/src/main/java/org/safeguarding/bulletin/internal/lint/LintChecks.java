package org.safeguarding.bulletin.internal.lint;

import java.util.List;
import java.util.Locale;
import org.safeguarding.bulletin.model.Bulletin;

/** Runs every family of lint rules over a bulletin. */
public final class LintChecks {
  private static final List<Check> CHECKS =
      List.of(new LinkChecks(), new WordChecks(), new LengthChecks(), new StructureChecks());

  private LintChecks() {}

  /** Adds every finding in {@code bulletin} to {@code findings}. */
  public static void run(Bulletin bulletin, Findings findings) {
    List<TextSpot> spots = TextSpots.of(bulletin);
    Locale locale = Locale.forLanguageTag(bulletin.language());
    for (Check check : CHECKS) {
      check.run(bulletin, spots, locale, findings);
    }
  }
}
