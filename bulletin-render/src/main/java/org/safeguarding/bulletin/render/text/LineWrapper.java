package org.safeguarding.bulletin.render.text;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Wraps text into lines of at most {@link #WIDTH} columns. Lines break only where ICU's line
 * breaking rules allow and only at a space (or between the characters of a script written without
 * spaces, such as Chinese or Thai): never inside a word, after a hyphen, inside an address or
 * between the digits of a phone number ("0808 800 5000"). A word
 * longer than a line stands on a line of its own. Runs of white space become one space; hard line
 * breaks ({@code \n}) are kept.
 */
final class LineWrapper {
  /** The widest a line may be, in columns. */
  static final int WIDTH = 72;

  /** Scripts written without spaces between words, where a line may break between letters. */
  private static final Set<Integer> UNSPACED = Set.of(UScript.HAN, UScript.HIRAGANA, UScript.KATAKANA,
      UScript.THAI, UScript.LAO, UScript.KHMER, UScript.MYANMAR);

  private final ULocale locale;

  /** A wrapper that breaks lines by the rules of {@code languageTag}'s language. */
  LineWrapper(String languageTag) {
    this.locale = ULocale.forLanguageTag(languageTag);
  }

  /**
   * The lines of {@code text}: the first starts with {@code first} (a list marker, say), the others
   * with {@code indent}; no line ends with a space.
   */
  List<String> wrap(String text, String first, String indent) {
    List<String> lines = new ArrayList<>();
    String prefix = first;
    for (String hardLine : text.split("\n", -1)) {
      String line = prefix;
      boolean empty = true;
      for (String word : words(hardLine.replaceAll("[\\s&&[^\n]]+", " ").strip())) {
        String joined = line + word;
        if (Columns.of(joined.stripTrailing()) > WIDTH && !empty) {
          lines.add(line.stripTrailing());
          joined = indent + word;
        }
        line = joined;
        empty = false;
      }
      lines.add(line.stripTrailing());
      prefix = indent;
    }
    return List.copyOf(lines);
  }

  /** {@code line} cut where a line may break, each piece with the space after it. */
  private List<String> words(String line) {
    BreakIterator breaks = BreakIterator.getLineInstance(locale);
    breaks.setText(line);
    List<String> words = new ArrayList<>();
    int start = 0;
    for (int at = breaks.next(); at != BreakIterator.DONE; at = breaks.next()) {
      if (at == line.length() || breaksBetween(line, at)) {
        words.add(line.substring(start, at));
        start = at;
      }
    }
    return words;
  }

  /** Whether ICU's break opportunity at {@code at} is one this wrapper takes. */
  private static boolean breaksBetween(String line, int at) {
    int before = line.codePointBefore(at);
    if (before == ' ') {
      return !betweenDigits(line, at);
    }
    return unspaced(before) || unspaced(line.codePointAt(at));
  }

  /** Whether the space before {@code at} stands between two digits, as in a phone number. */
  private static boolean betweenDigits(String line, int at) {
    return at >= 2 && Character.isDigit(line.codePointBefore(at - 1)) && Character.isDigit(line.codePointAt(at));
  }

  private static boolean unspaced(int codePoint) {
    return UNSPACED.contains(UScript.getScript(codePoint));
  }
}
