package org.safeguarding.bulletin.internal.rules;

import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.validate.Limit;
import org.safeguarding.bulletin.validate.Limits;
import org.safeguarding.bulletin.validate.ProblemCode;

/**
 * Every list and every text is within its {@link Limit}, so that the cost of the other rules is
 * bounded, and no text holds a character that no output can show or store: a lone half of a
 * surrogate pair, a Unicode non-character, or a control character other than tab and line breaks
 * (which XML, and so the DOCX, cannot hold either). Told each list's size and each text by {@link
 * JsonSizes} (a JSON document's own text, as written) or by {@link RecordSizes} (a bulletin's records).
 */
final class SizeRules {
  /** Where an over-limit problem is reported: the lists of the bulletin first, then those inside. */
  private enum Stage {
    BULLETIN_LISTS, RISK_INCLUDES, SECTION_LISTS, BLOCK_LISTS, TEXTS, TOTAL
  }

  private final Limits limits;
  private final StagedProblems<Stage> over = new StagedProblems<>(Stage.class);
  private final ProblemCollector characters = new ProblemCollector();
  private long total;

  SizeRules(Limits limits) {
    this.limits = limits;
  }

  /** Told the size of the list at {@code path}, which {@code limit} counts. */
  void count(String path, int size, Limit limit) {
    if (size > limits.get(limit)) {
      over.error(stage(limit), path, ProblemCode.OVER_LIMIT, over(size, limit));
    }
  }

  /** Told a text value and its path. */
  void text(String path, String text) {
    int length = text.codePointCount(0, text.length());
    total += length;
    if (length > limits.get(Limit.TEXT_CHARACTERS)) {
      over.error(Stage.TEXTS, path, ProblemCode.OVER_LIMIT, over(length, Limit.TEXT_CHARACTERS));
    }
    String refused = refusedCharacter(text);
    if (refused != null) {
      characters.error(path, ProblemCode.INVALID_CHARACTER, refused);
    }
  }

  /**
   * Adds the problems found to {@code problems}: those over a limit if there are any (then nothing
   * else is checked), else those of characters.
   *
   * @return whether anything was over a limit
   */
  boolean report(ProblemCollector problems) {
    if (total > limits.get(Limit.TOTAL_CHARACTERS)) {
      over.error(Stage.TOTAL, JsonPaths.ROOT, ProblemCode.OVER_LIMIT, over(total, Limit.TOTAL_CHARACTERS));
    }
    if (!over.isEmpty()) {
      over.reportTo(problems);
      return true;
    }
    problems.addAll(characters.problems());
    return false;
  }

  private static Stage stage(Limit limit) {
    return switch (limit) {
      case SECTIONS, RISKS, CONTACTS, GLOSSARY_ENTRIES, ALTERNATES -> Stage.BULLETIN_LISTS;
      case RISK_INCLUDES -> Stage.RISK_INCLUDES;
      case BLOCKS, EASY_READ_POINTS -> Stage.SECTION_LISTS;
      case LIST_ITEMS, REFS -> Stage.BLOCK_LISTS;
      case TEXT_CHARACTERS, TOTAL_CHARACTERS, LOGO_BYTES, LOGO_PIXELS ->
          throw new IllegalArgumentException(limit + " does not count a list");
    };
  }

  private String over(long found, Limit limit) {
    return "found " + found + " " + limit.counted() + ", over the limit of " + limits.get(limit)
        + " (limit " + limit.optionName() + ")";
  }

  /** What is wrong with the first refused character of {@code text}, or {@code null} if there is none. */
  private static @Nullable String refusedCharacter(String text) {
    for (int i = 0; i < text.length(); ) {
      int codePoint = text.codePointAt(i);
      String what = refused(codePoint);
      if (what != null) {
        return String.format("%s U+%04X at character %d, which no output can show",
            what, codePoint, text.codePointCount(0, i) + 1);
      }
      i += Character.charCount(codePoint);
    }
    return null;
  }

  /** What kind of refused character {@code codePoint} is, or {@code null} if it is allowed. */
  private static @Nullable String refused(int codePoint) {
    if (Character.getType(codePoint) == Character.SURROGATE) {
      return "a lone surrogate";
    } else if ((codePoint & 0xFFFE) == 0xFFFE || (codePoint >= 0xFDD0 && codePoint <= 0xFDEF)) {
      return "a non-character";
    } else if (Character.getType(codePoint) == Character.CONTROL
        && codePoint != '\t' && codePoint != '\n' && codePoint != '\r') {
      return "a control character";
    }
    return null;
  }
}
