package org.safeguarding.bulletin.internal.lint;

import org.safeguarding.bulletin.internal.text.Sentences;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.safeguarding.bulletin.lint.LintRule;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.GlossaryEntry;

/**
 * Words in capitals: abbreviations that the glossary does not explain, and ordinary words written
 * in capitals for emphasis; and numbers written as words in Easy Read points.
 */
final class WordChecks implements Check {
  private static final Pattern CAPITALS = Pattern.compile("\\b\\p{Lu}{2,}(?=s?\\b)");
  private static final Set<String> COMMON_WORDS = commonWords();
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
      "hundred", "thousand", "million");

  @Override
  public void run(Bulletin bulletin, List<TextSpot> spots, Locale locale, Findings findings) {
    Set<String> explained = explained(bulletin.glossary());
    Set<String> reported = new HashSet<>();
    for (int i = 0; i < bulletin.sections().size(); i++) {
      capitals("$.sections[" + i + "].heading", bulletin.sections().get(i).heading(), explained, reported, findings);
    }
    for (TextSpot spot : spots) {
      String text = spot.text().plainText();
      capitals(spot.path(), text, explained, reported, findings);
      if (spot.easyRead()) {
        numberWords(spot.path(), text, findings);
      }
    }
  }

  private static void capitals(String path, String text, Set<String> explained, Set<String> reported,
      Findings findings) {
    Matcher matcher = CAPITALS.matcher(text);
    while (matcher.find()) {
      String word = matcher.group();
      boolean ordinaryWord = word.length() > 6 || COMMON_WORDS.contains(word.toLowerCase(Locale.ROOT));
      if (ordinaryWord) {
        findings.add(LintRule.CAPITALS_FOR_EMPHASIS, path, "'" + word + "' is in capitals for emphasis, which is "
            + "harder to read", "write '" + word.toLowerCase(Locale.ROOT) + "', and use **bold** for a key word");
      } else if (!explained.contains(word) && !explainedInText(text, matcher.start(), word) && reported.add(word)) {
        findings.add(LintRule.UNEXPLAINED_ABBREVIATION, path, "the abbreviation '" + word
            + "' is not explained in the glossary", "add a glossary entry for '" + word + "', or write it in full");
      }
    }
  }

  /** Whether the text spells the abbreviation out just before it: "child sexual exploitation (CSE)". */
  private static boolean explainedInText(String text, int start, String word) {
    if (start == 0 || text.charAt(start - 1) != '(') {
      return false;
    }
    List<String> before = Sentences.words(text.substring(0, start - 1));
    if (before.size() < word.length()) {
      return false;
    }
    String initials = before.subList(before.size() - word.length(), before.size()).stream()
        .map(w -> w.substring(0, 1)).collect(Collectors.joining());
    return initials.equalsIgnoreCase(word);
  }

  private static void numberWords(String path, String text, Findings findings) {
    List<String> words = Sentences.words(text);
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i).toLowerCase(Locale.ROOT);
      boolean pronoun = word.equals("one") && (i > 0 && words.get(i - 1).equalsIgnoreCase("no")
          || i + 1 < words.size() && words.get(i + 1).equalsIgnoreCase("of"));
      if (NUMBER_WORDS.contains(word) && !pronoun) {
        findings.add(LintRule.NUMBER_WORDS, path, "'" + words.get(i) + "' is a number written as a word; "
            + "Easy Read uses digits", "write the number in digits");
      }
    }
  }

  /** The abbreviations the glossary explains: each term, and every word in capitals within a term. */
  private static Set<String> explained(List<GlossaryEntry> glossary) {
    Set<String> explained = new HashSet<>();
    for (GlossaryEntry entry : glossary) {
      explained.add(entry.term());
      Matcher matcher = CAPITALS.matcher(entry.term());
      while (matcher.find()) {
        explained.add(matcher.group());
      }
    }
    return explained;
  }

  private static Set<String> commonWords() {
    try (InputStream in = WordChecks.class.getResourceAsStream("common-words.txt")) {
      if (in == null) {
        throw new IllegalStateException("common-words.txt is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .filter(line -> !line.startsWith("#"))
          .flatMap(line -> Arrays.stream(line.trim().split("\\s+")))
          .filter(w -> !w.isEmpty())
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
