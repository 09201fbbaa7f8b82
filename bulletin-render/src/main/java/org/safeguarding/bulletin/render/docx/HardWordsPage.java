package org.safeguarding.bulletin.render.docx;

import java.util.List;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadModel;
import org.safeguarding.bulletin.render.internal.easyread.HardWord;

/**
 * The "Hard words" part: each glossary term in bold, with its meaning under it, a sentence a line.
 * It follows the last section on the same page where its heading and first term fit (the heading
 * keeps with the next paragraph, a term with its meaning), as the Easy Read PDF has it: a page of its
 * own left most of the page before it blank, and made the example's document a page longer.
 */
final class HardWordsPage {
  /** A term, or a sentence of its meaning but the last: no space after it, kept with the next line. */
  private static final ParagraphFormat KEPT_WITH_NEXT = ParagraphFormat.spaceAfter(0).keptWithNext();

  /** The last sentence of a term's meaning, with room after it. */
  private static final ParagraphFormat LAST_MEANING = ParagraphFormat.spaceAfter(320);

  private HardWordsPage() {}

  /** Writes the part after what comes before it; the bulletin has a glossary. */
  static void write(EasyReadDocument document) {
    EasyReadModel model = document.model();
    document.heading(2, model.hardWordsHeading(), document.labelLanguage(), false);
    for (HardWord entry : model.hardWords()) {
      document.paragraph(KEPT_WITH_NEXT, () -> document.runs(document.language()).bold().plain(entry.term()));
      List<String> sentences = entry.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        String sentence = sentences.get(i);
        boolean last = i == sentences.size() - 1;
        document.paragraph(last ? LAST_MEANING : KEPT_WITH_NEXT, () -> document.runs(document.language()).plain(sentence));
      }
    }
  }
}
