package org.safeguarding.bulletin.render.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.GlossaryEntry;

/**
 * Finds the glossary's terms in text, so that an Easy Read version can show each hard word in bold
 * where it is used: whole words, any case, the longest term first.
 */
public final class HardWords {
  private final @Nullable Pattern terms;

  private HardWords(List<GlossaryEntry> glossary) {
    this.terms = glossary.isEmpty()
        ? null
        : Pattern.compile(
            firstLetterLookAhead(glossary) + glossary.stream()
                .map(GlossaryEntry::term)
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .map(t -> "(?<![\\p{L}\\p{N}])" + Pattern.quote(t) + "(?![\\p{L}\\p{N}])")
                .collect(Collectors.joining("|")),
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  /**
   * A regular expression's look-ahead for the first letter of some term of {@code glossary}, in
   * any case, as one character class. Put before the terms, it matches nothing they do not, and lets
   * a search pass most places in a text with one look-up instead of trying every term there, each
   * compared in any case (a fifth of an HTML page's time, and a twentieth of an Easy Read DOCX's,
   * went on that; a class costs a place one look-up, where an alternative a letter cost one each).
   */
  public static String firstLetterLookAhead(List<GlossaryEntry> glossary) {
    return glossary.stream()
        .mapToInt(entry -> entry.term().codePointAt(0))
        .distinct()
        .sorted()
        .mapToObj(letter -> "\\x{" + Integer.toHexString(letter) + "}")
        .collect(Collectors.joining("", "(?=(?iu:[", "]))"));
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
    Matcher m = terms.matcher(text);
    int at = 0;
    while (m.find()) {
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
