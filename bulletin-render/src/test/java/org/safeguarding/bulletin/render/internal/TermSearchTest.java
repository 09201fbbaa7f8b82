package org.safeguarding.bulletin.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.GlossaryEntry;

class TermSearchTest {
  private static List<String> found(TermSearch search, String text) {
    return search.find(text).stream().map(MatchResult::group).toList();
  }

  private static TermSearch anyCase(String... terms) {
    return new TermSearch(List.of(terms).stream().map(t -> new GlossaryEntry(t, "A term.")).toList(),
        t -> "(?iu:" + Pattern.quote(t) + ")");
  }

  @Test
  void findsWholeWordsOnlyTheLongestFirst() {
    TermSearch search = anyCase("line", "county lines", "CSE");
    assertThat(found(search, "County Lines, a line, online, lines, cse2, xCSE, CSE."))
        .containsExactly("County Lines", "line", "CSE");
  }

  @Test
  void findsTermsAfterDigitsOnlyWhereTheExpressionWould() {
    // A superscript two is a number (\p{N}) but not a digit (Character.isDigit): the search may try
    // there, and the expression's own look-behind still says no.
    TermSearch search = anyCase("abuse");
    assertThat(found(search, "\u00b2abuse 2abuse (abuse) abuse\u2019s")).containsExactly("abuse", "abuse");
  }

  @Test
  void findsWhatTheExpressionAloneFindsInEveryFixtureLanguage() {
    TermSearch search = anyCase("Grooming", "écrans", "ſtalking", "İnternet", "Łódź", "ŵyr", "الاستدراج", "ਗਰੂਮਿੰਗ", "诱骗",
        "Κακοποίηση");
    String text = "GROOMING grooming Écrans ÉCRANS stalking STALKING internet INTERNET ınternet łódź ŴYR "
        + "الاستدراج ਗਰੂਮਿੰਗ 诱骗 ΚΑΚΟΠΟΊΗΣΗ κακοποίηση";
    Pattern alone = Pattern.compile("(?<![\\p{L}\\p{N}])(?iu:Κακοποίηση|الاستدراج|İnternet|Grooming|ਗਰੂਮਿੰਗ|ſtalking|"
        + "écrans|Łódź|ŵyr|诱骗)(?![\\p{L}\\p{N}])");
    assertThat(found(search, text)).containsExactlyElementsOf(alone.matcher(text).results().map(MatchResult::group).toList())
        .hasSize(16);
  }

  @Test
  void theFirstLettersLetThroughEveryCharacterThatAnyCaseComparisonTakesForThem() {
    // Letters of the languages bulletins are written in, and the awkward ones of case mapping:
    // the Kelvin sign, the long s, the sharp s, the Turkish i's, final sigma, the micro sign, Welsh
    // w and y with circumflex; the Arabic, Gurmukhi and Chinese letters have no case.
    String letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZÉéŁłŚśŻżĂăȘșȚțÂâÎîŵŷŴŶ"
        + "\u212a\u017f\u00df\u1e9e\u0130\u0131\u03c2\u03a3\u00b5\u0645\u0a17\u8bf1";
    letters.codePoints().forEach(letter -> {
      Pattern anyCase = Pattern.compile("(?iu:[\\x{" + Integer.toHexString(letter) + "}])");
      var variants = TermSearch.caseVariants(letter);
      for (int c = 0; c <= 0xFFFF; c++) {
        if (anyCase.matcher(Character.toString(c)).matches()) {
          assertThat(variants.contains(c)).as("U+%04X for the first letter U+%04X", c, letter).isTrue();
        }
      }
    });
  }
}
