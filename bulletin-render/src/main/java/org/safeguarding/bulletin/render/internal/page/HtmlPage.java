package org.safeguarding.bulletin.render.internal.page;

import java.util.Optional;
import java.util.function.Function;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.safeguarding.bulletin.model.Alternate;
import org.safeguarding.bulletin.model.Block;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.GlossaryEntry;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.render.Companions;
import org.safeguarding.bulletin.render.OtherFormat;
import org.safeguarding.bulletin.render.internal.ContactDetail;
import org.safeguarding.bulletin.render.internal.LeftToRightRuns;
import org.safeguarding.bulletin.render.internal.OtherFormatWords;
import org.safeguarding.bulletin.render.internal.Presentation;
import org.safeguarding.bulletin.wording.Word;
import org.safeguarding.bulletin.wording.Wording;

/**
 * Builds the page's DOM: the head, a skip link, the header band, the contents, one {@code section}
 * per bulletin section, the glossary and the footer. All text goes in as text nodes, which jsoup
 * escapes when it writes the page.
 *
 * <p>The page for print (which the PDF renderer lays out) has the same structure, less what only a
 * screen needs (the skip link, the contents and the viewport), and names its sections as
 * bookmarks in the head.
 */
final class HtmlPage {
  private final Bulletin bulletin;
  private final String css;
  private final Function<Pictogram, Optional<PageImage>> pictograms;
  private final @Nullable PageImage logo;
  private final GlossaryTerms terms;
  private final LeftToRightRuns runs;
  private final Labels labels;
  private final boolean print;
  private final Companions companions;

  HtmlPage(Bulletin bulletin, Wording wording, String css, Function<Pictogram, Optional<PageImage>> pictograms,
      @Nullable PageImage logo, boolean print, Companions companions) {
    this.bulletin = bulletin;
    this.css = css;
    this.pictograms = pictograms;
    this.logo = logo;
    this.terms = new GlossaryTerms(bulletin.glossary());
    // The page for print isolates numbers its own way, in the PDF renderer (IsolatedNumbers).
    this.runs = print ? LeftToRightRuns.none() : LeftToRightRuns.of(bulletin);
    this.labels = new Labels(bulletin, wording);
    this.print = print;
    this.companions = companions;
  }

  /** The whole page. */
  Document build() {
    Element html = PageShell.html(bulletin.language(), bulletin.rightToLeft());
    head(html);
    Element body = html.appendElement("body");
    if (!print) {
      labels.mark(body.appendElement("a").attr("class", "skip-link").attr("href", "#main").text(labels.get(Word.SKIP_TO_CONTENT)));
    }
    HtmlMasthead.write(bulletin, labels, logo, print, body);
    Element main = body.appendElement("main").attr("id", "main").addClass("page");
    if (!print) {
      contents(main);
    }
    List<Section> sections = bulletin.sections();
    for (int i = 0; i < sections.size(); i++) {
      section(i, sections.get(i), main);
    }
    if (!bulletin.glossary().isEmpty()) {
      glossary(main);
    }
    footer(body);
    return html.ownerDocument();
  }

  private void head(Element html) {
    String title = bulletin.series() == null ? bulletin.title() : bulletin.title() + " – " + bulletin.series().name();
    Element head = PageShell.head(html, title, bulletin.summary(), print);
    if (!print) {
      for (Alternate alternate : bulletin.alternates()) {
        head.appendElement("link").attr("rel", "alternate").attr("hreflang", alternate.language())
            .attr("href", alternate.url()).attr("title", alternate.title());
      }
    }
    Element bookmarks = PageShell.style(head, css, bulletin.summary() == null ? bulletin.title() : bulletin.summary(),
        print);
    if (bookmarks != null) {
      bookmarks(bookmarks);
    }
  }

  /** One bookmark per section, named as its heading reads, for the PDF's outline. */
  private void bookmarks(Element bookmarks) {
    for (int i = 0; i < bulletin.sections().size(); i++) {
      bookmarks.appendElement("bookmark").attr("href", "#" + sectionId(i))
          .attr("name", Presentation.sectionNumber(i) + " " + bulletin.sections().get(i).heading());
    }
  }

  private void contents(Element main) {
    Element nav = main.appendElement("nav").attr("class", "contents").attr("aria-labelledby", "contents-heading");
    labels.mark(nav.appendElement("h2").attr("id", "contents-heading").addClass("contents__heading").text(labels.get(Word.CONTENTS)));
    Element list = nav.appendElement("ol").attr("class", "contents__list");
    for (int i = 0; i < bulletin.sections().size(); i++) {
      Element link = list.appendElement("li").appendElement("a").attr("href", "#" + sectionId(i));
      link.appendElement("span").attr("class", "contents__number").text(Presentation.sectionNumber(i));
      link.appendText(" ");
      link.appendElement("span").attr("class", "contents__title").text(bulletin.sections().get(i).heading());
    }
  }

  private void section(int index, Section section, Element main) {
    terms.startSection();
    String id = sectionId(index);
    Element element = main.appendElement("section").attr("class", "section").attr("id", id)
        .attr("aria-labelledby", id + "-heading");
    Element head = element.appendElement("div").attr("class", "section__head");
    Element heading = head.appendElement("h2").attr("class", "section__heading").attr("id", id + "-heading");
    heading.appendElement("span").attr("class", "section__number").text(Presentation.sectionNumber(index));
    heading.appendText(" ");
    HtmlInlineWriter.isolated(section.heading(), heading.appendElement("span").attr("class", "section__title"), runs);
    if (section.pictogram() != null) {
      pictograms.apply(section.pictogram()).ifPresent(image -> head.appendElement("img").attr("class", "pictogram")
          .attr("src", image.source()).attr("alt", image.alt())
          .attr("width", "72").attr("height", "72"));
    }
    Element body = element.appendElement("div").attr("class", "section__body");
    HtmlBlockWriter writer = new HtmlBlockWriter(bulletin, body, terms, runs, labels);
    for (Block block : section.content()) {
      block.accept(writer);
    }
  }

  private void glossary(Element main) {
    Element section = main.appendElement("section").attr("class", "glossary").attr("id", "glossary")
        .attr("aria-labelledby", "glossary-heading");
    labels.mark(section.appendElement("h2").attr("class", "glossary__heading").attr("id", "glossary-heading")
        .text(labels.get(Word.GLOSSARY)));
    Element dl = section.appendElement("dl").attr("class", "glossary__list");
    for (GlossaryEntry entry : bulletin.glossary()) {
      Element group = dl.appendElement("div").attr("class", "glossary__entry");
      Element dfn = group.appendElement("dt").attr("id", terms.id(entry)).appendElement("dfn");
      HtmlInlineWriter.isolated(entry.term(), GlossaryTerms.isAbbreviation(entry.term()) ? dfn.appendElement("abbr") : dfn,
          runs);
      HtmlInlineWriter.isolated(entry.meaning(), group.appendElement("dd"), runs);
    }
  }

  private void footer(Element body) {
    Element inner = body.appendElement("footer").attr("class", "footer").appendElement("div").attr("class", "footer__inner");
    if (!print && !companions.others().isEmpty()) {
      otherFormats(inner);
    }
    if (bulletin.alternativeFormats() != null) {
      alternativeFormats(inner.appendElement("p").attr("class", "alternative-formats"));
    }
    if (print && companions.page() != null) {
      labels.mark(inner.appendElement("p").attr("class", "alternative-formats")
          .text(OtherFormatWords.page(labels.wording(), companions.page())));
    }
    Element line = inner.appendElement("p");
    labels.mark(line.appendElement("span").text(labels.get(Word.PUBLISHED_BY)));
    line.appendText(" ");
    String website = bulletin.publisher().website();
    Element name = website == null ? line.appendElement("span") : line.appendElement("a").attr("href", website);
    name.text(bulletin.publisher().name());
    if (bulletin.published() != null) {
      line.appendText(", ");
      labels.mark(line.appendElement("time").attr("datetime", bulletin.published().toString())
          .text(Presentation.date(labels.wording(), bulletin.published())));
    }
  }

  /**
   * The bulletin's other files, as GOV.UK lists a page's attachments: each a link to its file
   * beside the page, with its type and size.
   */
  private void otherFormats(Element inner) {
    Element block = labels.mark(inner.appendElement("div").attr("class", "alternative-formats"));
    block.appendElement("p").text(labels.get(Word.OTHER_FORMATS));
    Element list = block.appendElement("ul");
    for (OtherFormat format : companions.others()) {
      Element item = list.appendElement("li");
      item.appendElement("a").attr("href", format.fileName()).text(OtherFormatWords.label(labels.wording(), format));
      item.appendText(" " + OtherFormatWords.file(labels.wording(), format));
    }
  }

  /** How to ask for another format, and the contact to ask, each of its channels a link. */
  private void alternativeFormats(Element paragraph) {
    HtmlInlineWriter.write(bulletin.alternativeFormats().text(), paragraph, terms, runs);
    Presentation.alternativeFormatsContact(bulletin).ifPresent(contact -> {
      for (ContactDetail part : Presentation.inPassing(labels.wording(), contact)) {
        paragraph.appendText(" ");
        if (part.target() == null) {
          paragraph.appendElement("span").text(part.text());
        } else {
          Element link = paragraph.appendElement("a").attr("href", part.target()).text(part.text());
          if (runs.wholly(part.text())) {
            link.attr("dir", "ltr");
          }
        }
      }
    });
  }

  private static String sectionId(int index) {
    return "section-" + Presentation.sectionNumber(index);
  }
}
