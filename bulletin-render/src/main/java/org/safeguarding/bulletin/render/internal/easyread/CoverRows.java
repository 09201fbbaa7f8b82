package org.safeguarding.bulletin.render.internal.easyread;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.render.internal.OtherFormatWords;
import org.safeguarding.bulletin.model.Alternate;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.render.internal.ContactDetail;
import org.safeguarding.bulletin.render.internal.EasyReadPoints;
import org.safeguarding.bulletin.render.internal.EasyReadWords;
import org.safeguarding.bulletin.render.internal.Presentation;
import org.safeguarding.bulletin.wording.Word;
import org.safeguarding.bulletin.wording.Wording;

/**
 * The rows of the cover, each with its picture: that this is the Easy Read version, that it is a
 * draft (where a section has no Easy Read points of its own), who made it, who checked it, what bold means (when there is a glossary), how to ask for another format, the web page made with it, and where
 * the other language versions are.
 */
final class CoverRows {
  private final Bulletin bulletin;
  private final Wording wording;
  private final String labelLanguage;
  private final @Nullable String page;

  private CoverRows(Bulletin bulletin, Wording wording, String labelLanguage, @Nullable String page) {
    this.bulletin = bulletin;
    this.wording = wording;
    this.labelLanguage = labelLanguage;
    this.page = page;
  }

  /**
   * The cover rows of a valid {@code bulletin}, the library's words in {@code labelLanguage}, naming
   * the web page {@code page} made with it, if any.
   */
  static List<PictureRow> of(Bulletin bulletin, Wording wording, String labelLanguage, @Nullable String page) {
    return new CoverRows(bulletin, wording, labelLanguage, page).rows();
  }

  private List<PictureRow> rows() {
    List<PictureRow> rows = new ArrayList<>();
    List<String> around = EasyReadWords.versionOf(wording, bulletin.title());
    rows.add(row(Pictogram.INFORMATION, Line.of(label(around.get(0)),
        new Span.Words(bulletin.title(), bulletin.language(), true), label(around.get(1)))));
    long madeFromProse = bulletin.sections().stream().filter(s -> !EasyReadPoints.authored(s)).count();
    if (madeFromProse > 0) {
      boolean all = madeFromProse == bulletin.sections().size();
      rows.add(row(Pictogram.WARNING, Line.of(label(EasyReadWords.draft(wording, all)))));
    }
    rows.add(row(Pictogram.PEOPLE, Line.of(label(EasyReadWords.madeBy(wording, bulletin)))));
    if (bulletin.easyReadReview() != null) {
      rows.add(row(Pictogram.PEOPLE, Line.of(label(EasyReadWords.checkedBy(wording, bulletin.easyReadReview())))));
    }
    if (!bulletin.glossary().isEmpty()) {
      rows.add(row(Pictogram.HELP, Line.of(new Span.Text(EasyReadWords.hardWordsInBold(wording), labelLanguage))));
    }
    if (bulletin.alternativeFormats() != null) {
      rows.add(new PictureRow(Pictogram.PHONE, alternativeFormats()));
    }
    if (page != null) {
      rows.add(row(Pictogram.INTERNET, Line.of(label(OtherFormatWords.page(wording, page)))));
    }
    if (!bulletin.alternates().isEmpty()) {
      rows.add(new PictureRow(Pictogram.INTERNET, alternates()));
    }
    return List.copyOf(rows);
  }

  /** How to ask for another format, then each way to reach the contact to ask, a line each. */
  private List<Line> alternativeFormats() {
    List<Line> lines = new ArrayList<>();
    lines.add(Line.of(new Span.Text(bulletin.alternativeFormats().text().inlines(), bulletin.language())));
    Presentation.alternativeFormatsContact(bulletin).ifPresent(contact -> {
      for (ContactDetail part : Presentation.inPassing(wording, contact)) {
        lines.add(Line.of(part.target() == null ? new Span.Words(part.text(), bulletin.language(), true)
            : new Span.Link(part.target(), part.text(), bulletin.language())));
      }
    });
    return lines;
  }

  /** Each language version, in its own language: its name and title, then its address as a link. */
  private List<Line> alternates() {
    List<Line> lines = new ArrayList<>();
    lines.add(Line.of(label(wording.get(Word.OTHER_LANGUAGES))));
    for (Alternate alternate : bulletin.alternates()) {
      lines.add(Line.of(new Span.Words(Presentation.alternateLine(alternate) + " ", alternate.language(), false),
          new Span.Link(alternate.url(), Presentation.withoutScheme(alternate.url()), alternate.language())));
    }
    return lines;
  }

  private Span label(String text) {
    return new Span.Words(text, labelLanguage, false);
  }

  private static PictureRow row(Pictogram picture, Line line) {
    return new PictureRow(picture, List.of(line));
  }
}
