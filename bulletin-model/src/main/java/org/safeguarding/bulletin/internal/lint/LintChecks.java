package org.safeguarding.bulletin.internal.lint;

import java.util.List;
import java.util.Locale;
import org.safeguarding.bulletin.internal.Quote;
import org.safeguarding.bulletin.internal.walk.Parts;
import org.safeguarding.bulletin.lint.LintRule;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.wording.Wordings;

/** Runs every family of lint rules over a bulletin. */
public final class LintChecks {
  private static final List<Check> CHECKS =
      List.of(new LinkChecks(), new WordChecks(), new LengthChecks(), new StructureChecks());

  private LintChecks() {}

  /** Adds every finding in {@code bulletin} to {@code findings}; {@code wordings} says which languages have wording. */
  public static void run(Bulletin bulletin, Wordings wordings, Findings findings) {
    if (!wordings.has(bulletin.language())) {
      findings.add(LintRule.MISSING_WORDING, "$.language", "the library has no wording in "
          + Quote.of(bulletin.language()) + ": its own words (\"Emergency\", \"Call … on …\", headings) will be in "
          + "English, marked as English", "give the words in a wording file (see Wordings), or on the command line "
          + "with --labels FILE");
    }
    List<TextSpot> spots = TextSpots.of(Parts.of(bulletin));
    Locale locale = Locale.forLanguageTag(bulletin.language());
    for (Check check : CHECKS) {
      check.run(bulletin, spots, locale, findings);
    }
    PictureChecks.run(bulletin, wordings.forLanguage(bulletin.language()), findings);
  }
}
