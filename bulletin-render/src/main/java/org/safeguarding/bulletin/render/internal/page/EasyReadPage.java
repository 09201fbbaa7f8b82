package org.safeguarding.bulletin.render.internal.page;

import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.render.internal.ContactDetail;
import org.safeguarding.bulletin.render.internal.EasyReadPoint;
import org.safeguarding.bulletin.render.internal.LeftToRightRuns;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadContact;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadModel;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadSection;
import org.safeguarding.bulletin.render.internal.easyread.HardWord;
import org.safeguarding.bulletin.render.internal.easyread.Line;
import org.safeguarding.bulletin.render.internal.easyread.PictureRow;

/**
 * Builds the DOM of an Easy Read page from an {@link EasyReadModel}: the title as the only
 * first-level heading, the cover rows, a second-level heading and a list of rows for each section,
 * then the hard words and the contacts in the model's order (the contacts continuing the last
 * section when it is headed the same). Each row is a picture (with its text alternative) and its words;
 * the style sheet puts the picture at the start of the line, so on the right in a right-to-left
 * language. All text goes in as text nodes, which jsoup escapes when it writes the page.
 *
 * <p>The page for print (which the Easy Read PDF lays out) is the same, less the viewport, with
 * one bookmark per part in the head.
 */
final class EasyReadPage {
  /** The width and height of each picture, in CSS pixels, before the style sheet sizes it. */
  private static final String PICTURE_SIZE = "96";

  private final Bulletin bulletin;
  private final EasyReadModel model;
  private final String css;
  private final Function<Pictogram, PageImage> pictures;
  private final EasyReadText text;
  private final boolean print;

  EasyReadPage(Bulletin bulletin, EasyReadModel model, String css, Function<Pictogram, PageImage> pictures,
      boolean print) {
    this.bulletin = bulletin;
    this.model = model;
    this.css = css;
    this.pictures = pictures;
    // The page for print isolates numbers its own way, in the PDF renderer (IsolatedNumbers).
    this.text = new EasyReadText(model.language(), model.hardWordFinder(),
        print ? LeftToRightRuns.none() : LeftToRightRuns.of(bulletin));
    this.print = print;
  }

  /** The whole page. */
  Document build() {
    Element html = PageShell.html(model.language(), model.rightToLeft());
    Element bookmarks = PageShell.style(PageShell.head(html, model.title(), bulletin.summary(), print), css,
        bulletin.summary() == null ? model.title() : bulletin.summary(), print);
    if (bookmarks != null) {
      bookmarks(bookmarks);
    }
    Element main = html.appendElement("body").appendElement("main").attr("class", "easy-read");
    cover(main.appendElement("header").attr("class", "cover"));
    List<EasyReadSection> sections = model.sections();
    Element last = main;
    for (int i = 0; i < sections.size(); i++) {
      last = section(main, sectionId(i), sections.get(i));
    }
    for (EasyReadModel.ClosingPart closing : model.closingParts()) {
      switch (closing) {
        case HARD_WORDS -> hardWords(part(main, "hard-words", model.hardWordsHeading(), model.labelLanguage()));
        case CONTACTS -> contacts(model.contactsHeading() == null ? last
            : part(main, "contacts", model.contactsHeading(), model.labelLanguage()));
      }
    }
    return html.ownerDocument();
  }

  /** One bookmark per part, named as its heading reads, for the PDF's outline. */
  private void bookmarks(Element bookmarks) {
    for (int i = 0; i < model.sections().size(); i++) {
      bookmarks.appendElement("bookmark").attr("href", "#" + sectionId(i)).attr("name", model.sections().get(i).heading());
    }
    for (EasyReadModel.ClosingPart closing : model.closingParts()) {
      if (closing == EasyReadModel.ClosingPart.HARD_WORDS) {
        bookmarks.appendElement("bookmark").attr("href", "#hard-words").attr("name", model.hardWordsHeading());
      } else if (model.contactsHeading() != null) {
        bookmarks.appendElement("bookmark").attr("href", "#contacts").attr("name", model.contactsHeading());
      }
    }
  }

  private void cover(Element cover) {
    if (model.series() != null) {
      cover.appendElement("p").attr("class", "series").text(model.series());
    }
    text.words(cover.appendElement("h1").attr("class", "title"), model.title());
    Element rows = rows(cover);
    for (PictureRow row : model.cover()) {
      Element words = row(rows, row.picture());
      for (Line line : row.lines()) {
        text.line(words.appendElement("p"), line);
      }
    }
  }

  /** Writes {@code section} as a part of its own; returns the part. */
  private Element section(Element main, String id, EasyReadSection section) {
    Element part = part(main, id, section.heading(), model.language());
    Element rows = rows(part);
    for (EasyReadPoint point : section.points()) {
      text.inlines(row(rows, point.pictogram()).appendElement("p"), point.text());
    }
    return part;
  }

  private void hardWords(Element part) {
    Element list = part.appendElement("dl").attr("class", "hard-words");
    for (HardWord word : model.hardWords()) {
      Element group = list.appendElement("div").attr("class", "hard-words__entry");
      text.words(group.appendElement("dt"), word.term());
      Element meaning = group.appendElement("dd");
      word.sentences().forEach(sentence -> text.words(meaning.appendElement("p"), sentence));
    }
  }

  /** Writes the contacts into {@code part}: their own, or the last section, which is headed the same. */
  private void contacts(Element part) {
    Element rows = rows(part);
    for (EasyReadContact contact : model.contacts()) {
      Element words = row(rows, contact.picture()).addClass("contact");
      if (contact.emergency() != null) {
        text.mark(words.appendElement("p").attr("class", "contact__emergency"), model.labelLanguage())
            .appendElement("strong").text(contact.emergency());
      }
      text.words(words.appendElement("p").appendElement("strong"), contact.name());
      if (contact.phone() != null) {
        text.link(words.appendElement("p").attr("class", "contact__phone"), contact.phone().telUri(), contact.phone().display());
      }
      for (ContactDetail detail : contact.details()) {
        Element line = words.appendElement("p");
        text.mark(line.appendElement("span"), model.labelLanguage()).text(detail.label() + ":");
        line.appendText(" ");
        if (detail.target() == null) {
          text.words(line.appendElement("span"), detail.text());
        } else {
          text.link(line, detail.target(), detail.text());
        }
      }
    }
  }

  /**
   * A part of the page with its second-level heading, in {@code language}. The part is not named
   * after its heading, so it is not a landmark: a section may have the same heading as the
   * library's contacts part ("Who to contact"), and two landmarks must not share a name.
   */
  private Element part(Element main, String id, String heading, String language) {
    Element part = main.appendElement("section").attr("class", "part").attr("id", id);
    text.mark(part.appendElement("h2").attr("class", "part__heading"), language).text(heading);
    return part;
  }

  private static Element rows(Element parent) {
    return parent.appendElement("ul").attr("class", "rows");
  }

  /** A row with {@code picture} at the start of the line; returns the element for its words. */
  private Element row(Element rows, Pictogram picture) {
    Element row = rows.appendElement("li").attr("class", "row");
    PageImage image = pictures.apply(picture);
    row.appendElement("img").attr("class", "row__picture").attr("src", image.source()).attr("alt", image.alt())
        .attr("width", PICTURE_SIZE).attr("height", PICTURE_SIZE);
    return row.appendElement("div").attr("class", "row__words");
  }

  private static String sectionId(int index) {
    return "section-" + (index + 1);
  }
}
