package org.safeguarding.bulletin.render.internal;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.EasyReadReview;
import org.safeguarding.bulletin.model.Inline;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.wording.Word;
import org.safeguarding.bulletin.wording.Wording;

/**
 * The words an Easy Read version adds around the bulletin's own text, in the language of a {@link
 * Wording}; outputs mark them with its language where that differs from the bulletin's.
 */
public final class EasyReadWords {
  private EasyReadWords() {}

  /** "This is the easy read version of " and "." around the title, which an output sets in bold. */
  public static List<String> versionOf(Wording wording, String title) {
    return wording.around(Word.EASY_READ_VERSION_OF, 0, title);
  }

  /** Who made the bulletin, and when: "It was made by Dudley Safeguarding People Partnership in November 2026." */
  public static String madeBy(Wording wording, Bulletin bulletin) {
    @Nullable LocalDate published = bulletin.published();
    String publisher = bulletin.publisher().name();
    return published == null ? wording.get(Word.MADE_BY, publisher)
        : wording.get(Word.MADE_BY_IN, publisher, wording.month(published));
  }

  /** Who checked the Easy Read text: "People who use Easy Read checked this with Example Voices in November 2026." */
  public static String checkedBy(Wording wording, EasyReadReview review) {
    @Nullable LocalDate date = review.date();
    return date == null ? wording.get(Word.CHECKED_BY, review.by())
        : wording.get(Word.CHECKED_BY_IN, review.by(), wording.month(date));
  }

  /**
   * That the Easy Read version is a draft, made from the bulletin's own text: "This is a draft. It
   * has not been written in Easy Read yet." if {@code all} its sections were, or that some parts were.
   */
  public static String draft(Wording wording, boolean all) {
    return wording.get(Word.EASY_READ_DRAFT, all ? "all" : "some");
  }

  /** The line that says what bold words are, for a bulletin with a glossary, "bold" in bold. */
  public static List<Inline> hardWordsInBold(Wording wording) {
    return InlineText.parse(wording.get(Word.HARD_WORDS_IN_BOLD)).inlines();
  }
}
