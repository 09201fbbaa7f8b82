package org.safeguarding.bulletin.render.internal.easyread;

import java.util.List;
import java.util.Objects;

/**
 * A glossary entry as the "Hard words" part shows it: the term, then its meaning a sentence a line.
 *
 * @param term the hard word
 * @param sentences what it means, one sentence each
 */
public record HardWord(String term, List<String> sentences) {
  /** Copies the sentences. */
  public HardWord {
    Objects.requireNonNull(term, "term");
    sentences = List.copyOf(sentences);
  }
}
