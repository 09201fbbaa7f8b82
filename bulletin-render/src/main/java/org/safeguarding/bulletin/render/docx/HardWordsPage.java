package org.safeguarding.bulletin.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.safeguarding.bulletin.model.GlossaryEntry;
import org.safeguarding.bulletin.render.internal.EasyReadWords;

/** The "Hard words" page: each glossary term in bold, with its meaning under it. */
final class HardWordsPage {
  private static final int SPACE_AFTER_MEANING = 320;

  private HardWordsPage() {}

  /** Writes the page, if the bulletin has a glossary. */
  static void write(EasyReadDocument document) {
    if (document.bulletin().glossary().isEmpty()) {
      return;
    }
    document.heading(2, EasyReadWords.HARD_WORDS, EasyReadWords.LANGUAGE, true);
    for (GlossaryEntry entry : document.bulletin().glossary()) {
      XWPFParagraph term = document.paragraph();
      term.setSpacingAfter(0);
      term.setKeepNext(true);
      document.runs(term, document.language()).bold().plain(entry.term());
      XWPFParagraph meaning = document.paragraph();
      meaning.setSpacingAfter(SPACE_AFTER_MEANING);
      document.runs(meaning, document.language()).plain(entry.meaning());
    }
  }
}
