package org.safeguarding.bulletin.render.internal;

import com.ibm.icu.text.UnicodeSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.safeguarding.bulletin.model.GlossaryEntry;

/**
 * Finds a glossary's terms in text as whole words (no letter or digit just before or after), the
 * longest term first where two start at the same place.
 *
 * <p>A regular expression tried at every place of a text cost a fifth of an HTML page's time, though
 * most places start no word, or a word no term starts like. So the expression is tried only where a
 * word starts with a letter that some term starts with, in any of the cases its comparison takes
 * ({@link #caseVariants}); elsewhere one look-up decides.
 */
public final class TermSearch {
  private final Pattern terms;
  private final UnicodeSet firstLetters;

  /**
   * A search for the terms of {@code glossary} (not empty), each written as a regular expression by
   * {@code expression} (for example {@code t -> "(?iu:" + Pattern.quote(t) + ")"}, in any case).
   */
  public TermSearch(List<GlossaryEntry> glossary, Function<String, String> expression) {
    terms = Pattern.compile(glossary.stream()
        .map(GlossaryEntry::term)
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
        .map(expression)
        .collect(Collectors.joining("|", "(?<![\\p{L}\\p{N}])(?:", ")(?![\\p{L}\\p{N}])")));
    UnicodeSet letters = new UnicodeSet();
    glossary.forEach(entry -> letters.addAll(caseVariants(entry.term().codePointAt(0))));
    firstLetters = letters.freeze();
  }

  /** The terms found in {@code text}, in order, none overlapping. */
  public List<MatchResult> find(String text) {
    List<MatchResult> found = new ArrayList<>();
    Matcher matcher = terms.matcher(text).useTransparentBounds(true);
    int length = text.length();
    int previous = -1;
    for (int at = 0; at < length; ) {
      int letter = text.codePointAt(at);
      if (firstLetters.contains(letter) && (previous < 0 || !Character.isLetterOrDigit(previous))
          && matcher.region(at, length).lookingAt()) {
        found.add(matcher.toMatchResult());
        at = matcher.end();
        previous = text.codePointBefore(at);
      } else {
        at += Character.charCount(letter);
        previous = letter;
      }
    }
    return found;
  }

  /**
   * Every character that a regular expression compared in any case ({@code (?iu)}) takes for {@code
   * letter}: its case closure (ICU4J), with each member's upper, lower and title case; and as Java
   * lowers the Turkish capital I with a dot (U+0130) to "i" and uppers the dotless small i (U+0131)
   * to "I", which the closure leaves out, those two with the i's.
   */
  static UnicodeSet caseVariants(int letter) {
    UnicodeSet closure = new UnicodeSet().add(letter).closeOver(UnicodeSet.CASE);
    UnicodeSet variants = new UnicodeSet();
    closure.codePointStream().forEach(member -> variants.add(member)
        .add(Character.toLowerCase(member))
        .add(Character.toUpperCase(member))
        .add(Character.toTitleCase(member)));
    if (variants.contains('i') || variants.contains(0x130) || variants.contains(0x131)) {
      variants.add('i').add('I').add(0x130).add(0x131);
    }
    return variants;
  }
}
