package org.safeguarding.bulletin.render.internal.page;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;
import org.safeguarding.bulletin.internal.Languages;
import org.safeguarding.bulletin.model.Alternate;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.internal.Presentation;

/** Writes the header band: series and strapline, the title, the summary, the publisher and the logo. */
final class HtmlMasthead {
  private HtmlMasthead() {}

  /**
   * Appends the page's {@code header} to {@code body}.
   *
   * @param labels the library's words, for the date
   * @param logo the logo as an image source and its text alternative, if there is one
   * @param print whether the page is for print, where each language version's address is written out
   */
  static void write(Bulletin bulletin, Labels labels, @Nullable PageImage logo, boolean print, Element body) {
    Element inner = body.appendElement("header").attr("class", "masthead").appendElement("div").attr("class", "masthead__inner");
    Element text = inner.appendElement("div").attr("class", "masthead__text");
    if (bulletin.series() != null) {
      Element series = text.appendElement("p").attr("class", "series");
      series.appendElement("span").attr("class", "series__name").text(bulletin.series().name());
      if (bulletin.series().strapline() != null) {
        series.appendText(" ");
        series.appendElement("span").attr("class", "series__strapline").text(bulletin.series().strapline());
      }
    }
    text.appendElement("h1").attr("class", "masthead__title").text(bulletin.title());
    if (bulletin.summary() != null) {
      text.appendElement("p").attr("class", "masthead__summary").text(bulletin.summary());
    }
    Element publisher = text.appendElement("p").attr("class", "masthead__publisher");
    publisher.appendElement("span").attr("class", "masthead__publisher-name").text(bulletin.publisher().name());
    if (bulletin.published() != null) {
      publisher.appendText(" ");
      labels.mark(publisher.appendElement("time").attr("class", "masthead__date")
          .attr("datetime", bulletin.published().toString())
          .text(Presentation.date(labels.wording(), bulletin.published())));
    }
    if (!bulletin.alternates().isEmpty()) {
      alternates(bulletin, print, text.appendElement("ul").attr("class", "masthead__alternates"));
    }
    if (logo != null) {
      inner.appendElement("div").attr("class", "masthead__logo")
          .appendElement("img").attr("src", logo.source()).attr("alt", logo.alt());
    }
  }

  /** A link to each language version, in its own language and marked as such. */
  private static void alternates(Bulletin bulletin, boolean print, Element list) {
    for (Alternate alternate : bulletin.alternates()) {
      Element item = list.appendElement("li").attr("lang", alternate.language());
      if (Languages.isRightToLeft(alternate.language()) != bulletin.rightToLeft()) {
        item.attr("dir", Languages.isRightToLeft(alternate.language()) ? "rtl" : "ltr");
      }
      item.appendElement("a").attr("href", alternate.url()).attr("hreflang", alternate.language())
          .text(Presentation.alternateLine(alternate));
      if (print) {
        item.appendText(" ");
        item.appendElement("span").attr("class", "masthead__address").attr("dir", "ltr")
            .text(Presentation.withoutScheme(alternate.url()));
      }
    }
  }
}
