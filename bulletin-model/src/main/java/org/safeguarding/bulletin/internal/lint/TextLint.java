package org.safeguarding.bulletin.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.json.TreeBinder;
import org.safeguarding.bulletin.internal.walk.Parts;

/**
 * Runs the lint rules on text over a document too broken to become a bulletin, on the records that
 * could be read from it ({@link Parts}): links, words in capitals, number words in Easy Read, long
 * and repeated sentences. The rules that need the whole bulletin (reading time, structure, missing
 * wording) are left out. A part that could not be read is skipped: validation reports it.
 */
public final class TextLint {
  private TextLint() {}

  /** Adds the findings of the text rules in {@code root} to {@code findings}. */
  public static void run(JsonNode root, Findings findings) {
    Parts parts = TreeBinder.bind(root, new ProblemCollector()).parts();
    if (parts == null) {
      return;
    }
    List<TextSpot> spots = TextSpots.of(parts);
    Locale locale = Locale.forLanguageTag(parts.language() == null ? "en-GB" : parts.language());
    LinkChecks.inText(spots, findings);
    List<String> headings = texts(parts.sections(), section -> section.section() == null ? "" : section.section().heading());
    List<String> terms = texts(parts.glossary(), entry -> entry.term());
    WordChecks.inText(headings, spots, terms, findings);
    LengthChecks.inText(spots, locale, findings);
  }

  /** The text of each element of {@code list}, blank where it could not be read. */
  private static <T> List<String> texts(@Nullable List<@Nullable T> list, Function<T, String> text) {
    return list == null ? List.of() : list.stream().map(element -> element == null ? "" : text.apply(element)).toList();
  }
}
