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
import org.safeguarding.bulletin.model.Section;

/**
 * Words in capitals: abbreviations that the glossary does not explain, and ordinary words written
 * in capitals for emphasis; and numbers written as words in Easy Read points.
 */
final class WordChecks implements Check {
  private static final Pattern CAPITALS = Pattern.compile("\\b\\p{Lu}{2,}(?=s?\\b)");
  private static final Pattern SPELLED_AFTER = Pattern.compile("s? \\(([^()]+)\\)");
  private static final Set<String> COMMON_WORDS = commonWords();
  private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
      "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
      "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
      "hundred", "thousand", "million");

  @Override
  public void run(Bulletin bulletin, List<TextSpot> spots, Locale locale, Findings findings) {
    inText(bulletin.sections().stream().map(Section::heading).toList(), spots,
        bulletin.glossary().stream().map(GlossaryEntry::term).toList(), findings);
  }

  /**
   * The rules on words: capitals in the headings and inline texts, and number words in Easy Read
   * points.
   *
   * @param headings the sections' headings, in order
   * @param terms the glossary's terms
   */
  static void inText(List<String> headings, List<TextSpot> spots, List<String> terms, Findings findings) {
    Set<String> explained = explained(terms);
    Set<String> reported = new HashSet<>();
    for (int i = 0; i < headings.size(); i++) {
      capitals("$.sections[" + i + "].heading", headings.get(i), explained, reported, findings);
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

  /**
   * Whether the text spells the abbreviation out right beside it: its words just before it, with
   * the abbreviation in brackets ("child sexual exploitation (CSE)"), or in brackets just after it
   * ("CSE (child sexual exploitation)"). Words elsewhere, even in the same brackets, do not count.
   */
  private static boolean explainedInText(String text, int start, String word) {
    if (start > 0 && text.charAt(start - 1) == '(') {
      List<String> before = Sentences.words(text.substring(0, start - 1));
      return before.size() >= word.length()
          && initials(before.subList(before.size() - word.length(), before.size())).equalsIgnoreCase(word);
    }
    Matcher after = SPELLED_AFTER.matcher(text).region(start + word.length(), text.length());
    if (after.lookingAt()) {
      List<String> inside = Sentences.words(after.group(1));
      return inside.size() == word.length() && initials(inside).equalsIgnoreCase(word);
    }
    return false;
  }

  private static String initials(List<String> words) {
    return words.stream().map(w -> w.substring(0, 1)).collect(Collectors.joining());
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
  private static Set<String> explained(List<String> terms) {
    Set<String> explained = new HashSet<>();
    for (String term : terms) {
      explained.add(term);
      Matcher matcher = CAPITALS.matcher(term);
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
