package org.safeguarding.bulletin.internal.lint;

import org.safeguarding.bulletin.internal.text.Sentences;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.safeguarding.bulletin.lint.LintRule;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.Section;

/** Sentences that are too long, the same sentence twice, and a "7 minute" read that takes longer. */
final class LengthChecks implements Check {
  static final int MAX_WORDS = 25;
  static final int MAX_EASY_READ_WORDS = 15;
  static final int WORDS_PER_MINUTE = 200;
  static final int MAX_MINUTES = 7;

  @Override
  public void run(Bulletin bulletin, List<TextSpot> spots, Locale locale, Findings findings) {
    int words = inText(spots, locale, findings);
    for (Section section : bulletin.sections()) {
      words += Sentences.words(section.heading()).size();
    }
    if (bulletin.layout() == Layout.SEVEN_MINUTE && words > WORDS_PER_MINUTE * MAX_MINUTES) {
      findings.add(LintRule.READING_TIME, "$", String.format(Locale.ROOT,
          "%d words take about %.1f minutes to read at %d words a minute; a 7 minute briefing takes at most %d",
          words, words / (double) WORDS_PER_MINUTE, WORDS_PER_MINUTE, MAX_MINUTES),
          "cut detail, or link to a page that has it");
    }
  }

  /**
   * The rules on the sentences of inline texts: too long, or the same sentence twice. Returns the
   * number of words outside Easy Read points.
   */
  static int inText(List<TextSpot> spots, Locale locale, Findings findings) {
    Map<String, String> firstSeen = new HashMap<>();
    int words = 0;
    for (TextSpot spot : spots) {
      for (String sentence : Sentences.of(spot.text().plainText(), locale)) {
        int count = Sentences.words(sentence).size();
        words += spot.easyRead() ? 0 : count;
        int limit = spot.easyRead() ? MAX_EASY_READ_WORDS : MAX_WORDS;
        if (count > limit) {
          findings.add(LintRule.LONG_SENTENCE, spot.path(), "a sentence of " + count + " words ('" + opening(sentence)
              + "'); keep sentences to " + limit + " words or fewer", "split it into shorter sentences");
        }
        String key = (spot.easyRead() ? "easy:" : "") + sentence.toLowerCase(locale).replaceAll("\\s+", " ");
        String first = firstSeen.putIfAbsent(key, spot.path());
        if (first != null && count > 2) {
          findings.add(LintRule.REPEATED_SENTENCE, spot.path(), "the sentence '" + opening(sentence)
              + "' is also at " + first, "keep it in one place");
        }
      }
    }
    return words;
  }

  /** The first few words of a sentence, to name it in a message. */
  private static String opening(String sentence) {
    List<String> words = Sentences.words(sentence);
    return words.size() <= 6 ? sentence : String.join(" ", words.subList(0, 6)) + " …";
  }
}
