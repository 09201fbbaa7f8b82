package org.safeguarding.bulletin.render;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.internal.EasyReadPoint;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadModel;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadSection;
import org.safeguarding.bulletin.wording.Wordings;

/** The texts every Easy Read output must show, in order: the title, then each section's heading and points. */
public final class EasyReadTexts {
  private EasyReadTexts() {}

  /** The title, each heading and each point's text without markup, in reading order, spaces collapsed. */
  public static List<String> of(Bulletin bulletin) {
    EasyReadModel model = EasyReadModel.of(bulletin, Wordings.builtIn().forLanguage(bulletin.language()));
    List<String> texts = new ArrayList<>();
    texts.add(normalise(model.title()));
    for (EasyReadSection section : model.sections()) {
      texts.add(normalise(section.heading()));
      for (EasyReadPoint point : section.points()) {
        texts.add(normalise(point.plainText()));
      }
    }
    return List.copyOf(texts);
  }

  /** The texts of {@link #of} that are not found in {@code text} after the one before them. */
  public static List<String> missingInOrder(String text, List<String> expected) {
    String all = normalise(text);
    List<String> missing = new ArrayList<>();
    int at = 0;
    for (String want : expected) {
      int found = all.indexOf(want, at);
      if (found < 0) {
        missing.add(want);
      } else {
        at = found + want.length();
      }
    }
    return missing;
  }

  /**
   * {@code text} without the characters of no width that only steer the bidirectional algorithm
   * (U+200E, U+200F, U+061C, U+202A–U+202E, U+2066–U+2069), which an output may add around a
   * number inside right-to-left text; nothing else is taken away.
   */
  public static String withoutBidiControls(String text) {
    return text.replaceAll("[\\u200E\\u200F\\u061C\\u202A-\\u202E\\u2066-\\u2069]", "");
  }

  /** {@code text} with every run of white space as one space, trimmed. */
  public static String normalise(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }
}
