package org.safeguarding.bulletin.internal.lint;

import java.util.List;
import java.util.Locale;
import org.safeguarding.bulletin.model.Bulletin;

/** One family of lint rules. */
interface Check {
  /**
   * Adds what the rules find in {@code bulletin} to {@code findings}.
   *
   * @param spots every piece of inline text in the bulletin, with its path
   * @param locale the bulletin's language, for splitting sentences
   */
  void run(Bulletin bulletin, List<TextSpot> spots, Locale locale, Findings findings);
}
