package org.safeguarding.bulletin.render.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.EasyReadReview;
import org.safeguarding.bulletin.model.Inline;

/**
 * The words an Easy Read version adds around the bulletin's own text. Like the other labels of
 * {@link Presentation}, they are English whatever the bulletin's language, and outputs mark them
 * with {@link Presentation#LABEL_LANGUAGE} where that differs.
 */
public final class EasyReadWords {

  /** The heading of the page of hard words. */
  public static final String HARD_WORDS = "Hard words";

  /** The heading of the page of contacts. */
  public static final String WHO_TO_CONTACT = "Who to contact";

  /** The word before a page number in the footer. */
  public static final String PAGE = "Page";

  private EasyReadWords() {}

  /** "This is the easy read version of" before the bulletin's title. */
  public static String versionOf() {
    return "This is the easy read version of ";
  }

  /** Who made the bulletin, and when: "It was made by Dudley Safeguarding People Partnership in November 2026." */
  public static String madeBy(Bulletin bulletin) {
    @Nullable LocalDate published = bulletin.published();
    String when = published == null ? "" : " in " + published.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
    return "It was made by " + bulletin.publisher().name() + when + ".";
  }

  /**
   * Who checked the Easy Read text: "People who use Easy Read checked this with Example Voices in
   * November 2026." (the date left out where none is given).
   */
  public static String checkedBy(EasyReadReview review) {
    @Nullable LocalDate date = review.date();
    String when = date == null ? "" : " in " + date.format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK));
    return "People who use Easy Read checked this with " + review.by() + when + ".";
  }

  /** The words before the language versions: "You can read this in other languages:". */
  public static String otherLanguages() {
    return "You can read this in other languages:";
  }

  /** The line that says what bold words are, for a bulletin with a glossary, "bold" in bold. */
  public static List<Inline> hardWordsInBold() {
    return List.of(
        new Inline.Text("Hard words are in "),
        new Inline.Strong(List.of(new Inline.Text("bold"))),
        new Inline.Text(". The page called Hard words explains them."));
  }
}
