package org.safeguarding.bulletin.internal.pictures;

import java.util.List;
import java.util.Locale;
import org.safeguarding.bulletin.model.Pictogram;

/**
 * One entry of a language's picture words: a word or words that choose {@code pictogram}, each part
 * matched whole, as the start of a word ({@code phone*}) or as any one word ({@code *}).
 *
 * @param pictogram the picture it chooses
 * @param parts the words, lower case, each with its {@code *} if it has one
 */
record PictureWord(Pictogram pictogram, List<String> parts) {
  /** The entry as a wording file writes it, for example {@code social media} or {@code phone*}. */
  static PictureWord parse(Pictogram pictogram, String entry, Locale locale) {
    return new PictureWord(pictogram, List.of(entry.toLowerCase(locale).replace('’', '\'').strip().split("\\s+")));
  }

  /** Whether the entry matches {@code tokens} from {@code start}. */
  boolean matchesAt(List<String> tokens, int start) {
    if (start + parts.size() > tokens.size()) {
      return false;
    }
    for (int i = 0; i < parts.size(); i++) {
      if (!matches(parts.get(i), tokens.get(start + i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(String part, String token) {
    if (part.equals("*")) {
      return true;
    }
    return part.endsWith("*") ? token.startsWith(part.substring(0, part.length() - 1)) : token.equals(part);
  }
}
