package org.safeguarding.bulletin.model;

import static org.safeguarding.bulletin.internal.Checks.requireProse;

/**
 * A hard word or abbreviation, explained in plain words.
 *
 * @param term the word or abbreviation, for example "CSE"
 * @param meaning what it means, in plain text
 */
public record GlossaryEntry(String term, String meaning) {
  /** Checks that both the term and its meaning are given. */
  public GlossaryEntry {
    term = requireProse(term, "term");
    meaning = requireProse(meaning, "meaning");
  }
}
