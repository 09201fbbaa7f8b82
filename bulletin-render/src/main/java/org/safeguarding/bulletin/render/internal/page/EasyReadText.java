package org.safeguarding.bulletin.render.internal.page;

import java.util.List;
import org.jsoup.nodes.Element;
import org.safeguarding.bulletin.model.Inline;
import org.safeguarding.bulletin.render.internal.HardWords;
import org.safeguarding.bulletin.render.internal.LeftToRightRuns;
import org.safeguarding.bulletin.render.internal.easyread.Line;
import org.safeguarding.bulletin.render.internal.easyread.Span;

/**
 * Writes the text of an Easy Read page as text nodes and elements: no italics (strong and emphasised
 * text, and the glossary's hard words, are bold), links as links, and each piece in another language
 * than the page's marked with its own ({@code lang}). On a right-to-left page, each piece that reads
 * left to right (a phone number, a Latin name, an address) is isolated in a {@code <bdi dir="ltr">},
 * and a link whose words are such a piece as a whole is {@code dir="ltr"}.
 */
record EasyReadText(String pageLanguage, HardWords hardWords, LeftToRightRuns runs) {

  /** Appends {@code words} to {@code element}, isolating what reads left to right; returns {@code element}. */
  Element words(Element element, String words) {
    HtmlInlineWriter.isolated(words, element, runs);
    return element;
  }

  /** Appends a link to {@code target} with {@code words} to {@code element}, and returns the link. */
  Element link(Element element, String target, String words) {
    Element link = element.appendElement("a").attr("href", target);
    return runs.wholly(words) ? link.attr("dir", "ltr").text(words) : words(link, words);
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
        words(mark(element.appendElement("strong"), words.language()), words.text());
      } else if (words.language().equals(pageLanguage)) {
        words(element, words.text());
      } else {
        words(mark(element.appendElement("span"), words.language()), words.text());
      }
    } else if (span instanceof Span.Link link) {
      mark(link(element, link.target(), link.text()), link.language());
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
        words(part.hardWord() ? into.appendElement("strong") : into, part.text());
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
      EasyReadText.this.link(into, link.target(), Inline.plainText(link.children()));
      return null;
    }

    @Override
    public Void lineBreak(Inline.LineBreak lineBreak) {
      into.appendElement("br");
      return null;
    }
  }
}
