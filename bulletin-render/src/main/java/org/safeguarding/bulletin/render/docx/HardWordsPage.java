package org.safeguarding.bulletin.render.docx;

import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.safeguarding.bulletin.model.GlossaryEntry;
import org.safeguarding.bulletin.model.Inline;
import org.safeguarding.bulletin.wording.Word;
import org.safeguarding.bulletin.render.internal.InlineSentences;

/** The "Hard words" page: each glossary term in bold, with its meaning under it, a sentence a line. */
final class HardWordsPage {
  private static final int SPACE_AFTER_MEANING = 320;

  private HardWordsPage() {}

  /** Writes the page, if the bulletin has a glossary. */
  static void write(EasyReadDocument document) {
    if (document.bulletin().glossary().isEmpty()) {
      return;
    }
    document.heading(2, document.wording().get(Word.HARD_WORDS), document.labelLanguage(), true);
    Locale locale = Locale.forLanguageTag(document.language());
    for (GlossaryEntry entry : document.bulletin().glossary()) {
      XWPFParagraph term = document.paragraph();
      term.setSpacingAfter(0);
      term.setKeepNext(true);
      document.runs(term, document.language()).bold().plain(entry.term());
      List<List<Inline>> sentences = InlineSentences.split(List.of(new Inline.Text(entry.meaning())), locale);
      for (int i = 0; i < sentences.size(); i++) {
        XWPFParagraph meaning = document.paragraph();
        boolean last = i == sentences.size() - 1;
        meaning.setSpacingAfter(last ? SPACE_AFTER_MEANING : 0);
        if (!last) {
          meaning.setKeepNext(true);
        }
        document.runs(meaning, document.language()).plain(Inline.plainText(sentences.get(i)));
      }
    }
  }
}
