package org.safeguarding.bulletin.render.internal.page;

import java.util.List;
import org.jsoup.nodes.Element;
import org.safeguarding.bulletin.model.Inline;
import org.safeguarding.bulletin.render.internal.HardWords;
import org.safeguarding.bulletin.render.internal.easyread.Line;
import org.safeguarding.bulletin.render.internal.easyread.Span;

/**
 * Writes the text of an Easy Read page as text nodes and elements: no italics (strong and emphasised
 * text, and the glossary's hard words, are bold), links as links, and each piece in another language
 * than the page's marked with its own ({@code lang}).
 */
final class EasyReadText {
  private final String pageLanguage;
  private final HardWords hardWords;

  EasyReadText(String pageLanguage, HardWords hardWords) {
    this.pageLanguage = pageLanguage;
    this.hardWords = hardWords;
  }

  /** Appends {@code line} to {@code element}. */
  void line(Element element, Line line) {
    for (Span span : line.spans()) {
      span(element, span);
    }
  }

  /** Appends {@code inlines}, in the page's language, to {@code element}. */
  void inlines(Element element, List<Inline> inlines) {
    Writer writer = new Writer(element);
    inlines.forEach(inline -> inline.accept(writer));
  }

  /** Returns {@code element}, marked with {@code language} where that is not the page's. */
  Element mark(Element element, String language) {
    return language.equals(pageLanguage) ? element : element.attr("lang", language);
  }

  private void span(Element element, Span span) {
    if (span instanceof Span.Words words) {
      if (words.bold()) {
        mark(element.appendElement("strong"), words.language()).text(words.text());
      } else if (words.language().equals(pageLanguage)) {
        element.appendText(words.text());
      } else {
        mark(element.appendElement("span"), words.language()).text(words.text());
      }
    } else if (span instanceof Span.Link link) {
      mark(element.appendElement("a").attr("href", link.target()), link.language()).text(link.text());
    } else if (span instanceof Span.Text text) {
      inlines(text.language().equals(pageLanguage) ? element : mark(element.appendElement("span"), text.language()),
          text.inlines());
    }
  }

  /** Writes inline text into one element. */
  private final class Writer implements Inline.Visitor<Void> {
    private final Element into;

    Writer(Element into) {
      this.into = into;
    }

    @Override
    public Void text(Inline.Text text) {
      for (HardWords.Part part : hardWords.parts(text.text())) {
        if (part.hardWord()) {
          into.appendElement("strong").text(part.text());
        } else {
          into.appendText(part.text());
        }
      }
      return null;
    }

    @Override
    public Void strong(Inline.Strong strong) {
      inlines(into.appendElement("strong"), strong.children());
      return null;
    }

    @Override
    public Void emphasis(Inline.Emphasis emphasis) {
      inlines(into.appendElement("strong"), emphasis.children());
      return null;
    }

    @Override
    public Void link(Inline.Link link) {
      into.appendElement("a").attr("href", link.target()).text(Inline.plainText(link.children()));
      return null;
    }

    @Override
    public Void lineBreak(Inline.LineBreak lineBreak) {
      into.appendElement("br");
      return null;
    }
  }
}
