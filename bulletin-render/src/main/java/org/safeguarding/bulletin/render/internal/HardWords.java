package org.safeguarding.bulletin.render.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.GlossaryEntry;

/**
 * Finds the glossary's terms in text, so that an Easy Read version can show each hard word in bold
 * where it is used: whole words, any case, the longest term first.
 */
public final class HardWords {
  private final @Nullable TermSearch terms;

  private HardWords(List<GlossaryEntry> glossary) {
    this.terms = glossary.isEmpty() ? null : new TermSearch(glossary, t -> "(?iu:" + Pattern.quote(t) + ")");
  }

  /** The finder for these glossary entries. */
  public static HardWords of(List<GlossaryEntry> glossary) {
    return new HardWords(List.copyOf(glossary));
  }

  /**
   * A part of some text, and whether it is a hard word.
   *
   * @param text the characters
   * @param hardWord whether they are one of the glossary's terms
   */
  public record Part(String text, boolean hardWord) {}

  /** {@code text} cut into parts, the hard words apart; joined again they give {@code text}. */
  public List<Part> parts(String text) {
    if (terms == null) {
      return List.of(new Part(text, false));
    }
    List<Part> parts = new ArrayList<>();
    int at = 0;
    for (MatchResult m : terms.find(text)) {
      if (m.start() > at) {
        parts.add(new Part(text.substring(at, m.start()), false));
      }
      parts.add(new Part(m.group(), true));
      at = m.end();
    }
    if (at < text.length()) {
      parts.add(new Part(text.substring(at), false));
    }
    return List.copyOf(parts);
  }
}
