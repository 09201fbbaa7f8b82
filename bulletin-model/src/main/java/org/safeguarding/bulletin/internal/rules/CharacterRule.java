package org.safeguarding.bulletin.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.json.TextValues;

/**
 * No text holds a character that no output can show or store: a lone half of a surrogate pair, a
 * Unicode non-character, or a control character other than tab and line breaks (which XML, and so
 * the DOCX, cannot hold either).
 */
final class CharacterRule implements Rule {

  @Override
  public void check(JsonNode root, RuleContext context, ProblemCollector problems) {
    TextValues.each(root, (path, text) -> {
      for (int i = 0; i < text.length(); ) {
        int codePoint = text.codePointAt(i);
        String what = refused(codePoint);
        if (what != null) {
          problems.error(path, "invalid-character", String.format("%s U+%04X at character %d, which no output can show",
              what, codePoint, text.codePointCount(0, i) + 1));
          return;
        }
        i += Character.charCount(codePoint);
      }
    });
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
