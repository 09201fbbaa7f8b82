package org.safeguarding.bulletin.render.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadModel;
import org.safeguarding.bulletin.render.internal.easyread.HardWord;

/**
 * The "Hard words" part: each glossary term in bold, with its meaning under it, a sentence a line.
 * It follows the last section on the same page where its heading and first term fit (the heading
 * keeps with the next paragraph, a term with its meaning), as the Easy Read PDF has it: a page of its
 * own left most of the page before it blank, and made the example's document a page longer.
 */
final class HardWordsPage {
  private static final int SPACE_AFTER_MEANING = 320;

  private HardWordsPage() {}

  /** Writes the part after what comes before it; the bulletin has a glossary. */
  static void write(EasyReadDocument document) {
    EasyReadModel model = document.model();
    document.heading(2, model.hardWordsHeading(), document.labelLanguage(), false);
    for (HardWord entry : model.hardWords()) {
      XWPFParagraph term = document.paragraph();
      term.setSpacingAfter(0);
      term.setKeepNext(true);
      document.runs(term, document.language()).bold().plain(entry.term());
      List<String> sentences = entry.sentences();
      for (int i = 0; i < sentences.size(); i++) {
        XWPFParagraph meaning = document.paragraph();
        boolean last = i == sentences.size() - 1;
        meaning.setSpacingAfter(last ? SPACE_AFTER_MEANING : 0);
        if (!last) {
          meaning.setKeepNext(true);
        }
        document.runs(meaning, document.language()).plain(sentences.get(i));
      }
    }
  }
}
