package org.safeguarding.bulletin.internal.text;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into sentences and words, with {@link BreakIterator} for the bulletin's language. */
public final class Sentences {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’/-]*");

  private Sentences() {}

  /** The sentences of {@code text}, stripped, without empty ones. */
  public static List<String> of(String text, Locale locale) {
    BreakIterator iterator = BreakIterator.getSentenceInstance(locale);
    String flat = text.replace('\n', ' ');
    iterator.setText(flat);
    List<String> sentences = new ArrayList<>();
    for (int start = iterator.first(), end = iterator.next(); end != BreakIterator.DONE;
        start = end, end = iterator.next()) {
      String sentence = flat.substring(start, end).strip();
      if (!sentence.isEmpty()) {
        sentences.add(sentence);
      }
    }
    return sentences;
  }

  /** The words of {@code text}: runs of letters and digits, with inner apostrophes, slashes and hyphens. */
  public static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(matcher.group());
    }
    return words;
  }
}
