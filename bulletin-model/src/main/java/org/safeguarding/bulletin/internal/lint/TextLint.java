package org.safeguarding.bulletin.internal.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.safeguarding.bulletin.internal.rules.Tree;
import org.safeguarding.bulletin.model.InlineText;

/**
 * Runs the lint rules on text over a document's JSON tree, for a document too broken to become a
 * bulletin: links, words in capitals, number words in Easy Read, long and repeated sentences. The
 * rules that need the whole bulletin (reading time, structure, missing wording) are left out. A
 * text that is not valid inline text, or a value of the wrong type, is skipped: validation reports
 * it.
 */
public final class TextLint {
  private static final String EASY_READ = ".easyRead[";

  private TextLint() {}

  /** Adds the findings of the text rules in {@code root} to {@code findings}. */
  public static void run(JsonNode root, Findings findings) {
    List<TextSpot> spots = new ArrayList<>();
    Tree.eachInlineText(root, (text, path) -> {
      try {
        spots.add(new TextSpot(path, InlineText.parse(text), path.contains(EASY_READ)));
      } catch (IllegalArgumentException e) {
        // not valid inline text: validation reports it
      }
    });
    JsonNode language = root.path("language");
    Locale locale = Locale.forLanguageTag(language.isTextual() ? language.textValue() : "en-GB");
    LinkChecks.inText(spots, findings);
    WordChecks.inText(texts(root.path("sections"), "heading"), spots, texts(root.path("glossary"), "term"), findings);
    LengthChecks.inText(spots, locale, findings);
  }

  /** The text of {@code field} in each object of {@code array}, blank where it is not text. */
  private static List<String> texts(JsonNode array, String field) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.path(field).isTextual() ? node.path(field).textValue() : ""));
    return texts;
  }
}
