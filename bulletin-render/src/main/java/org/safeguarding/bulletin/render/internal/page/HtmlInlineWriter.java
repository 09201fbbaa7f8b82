package org.safeguarding.bulletin.render.internal.page;

import java.util.List;
import org.jsoup.nodes.Element;
import org.safeguarding.bulletin.model.Inline;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.render.internal.LeftToRightRuns;

/**
 * Writes inline text into an element: text nodes (escaped by jsoup), {@code strong}, {@code em},
 * links and line breaks, with glossary terms marked and linked. In a right-to-left bulletin's page,
 * each piece that reads left to right (a phone number, a Latin name, an address) is isolated in a
 * {@code <bdi dir="ltr">}, and a link whose words are such a piece as a whole is {@code dir="ltr"}.
 */
final class HtmlInlineWriter implements Inline.Visitor<Void> {
  private final Element parent;
  private final GlossaryTerms terms;
  private final LeftToRightRuns runs;
  private final boolean insideLink;

  private HtmlInlineWriter(Element parent, GlossaryTerms terms, LeftToRightRuns runs, boolean insideLink) {
    this.parent = parent;
    this.terms = terms;
    this.runs = runs;
    this.insideLink = insideLink;
  }

  /** Appends {@code text} to {@code parent}, isolating the {@code runs} found in it. */
  static void write(InlineText text, Element parent, GlossaryTerms terms, LeftToRightRuns runs) {
    write(text.inlines(), parent, terms, runs, false);
  }

  /**
   * Appends {@code text} to {@code parent} as text nodes, each piece of it that reads left to right
   * in a {@code <bdi dir="ltr">}.
   */
  static void isolated(String text, Element parent, LeftToRightRuns runs) {
    for (LeftToRightRuns.Piece piece : runs.split(text)) {
      if (piece.leftToRight()) {
        parent.appendElement("bdi").attr("dir", "ltr").text(piece.text());
      } else {
        parent.appendText(piece.text());
      }
    }
  }

  private static void write(List<Inline> inlines, Element parent, GlossaryTerms terms, LeftToRightRuns runs,
      boolean insideLink) {
    HtmlInlineWriter writer = new HtmlInlineWriter(parent, terms, runs, insideLink);
    inlines.forEach(inline -> inline.accept(writer));
  }

  @Override
  public Void text(Inline.Text text) {
    for (GlossaryTerms.Piece piece : terms.split(text.text(), insideLink)) {
      if (piece.entry() == null) {
        isolated(piece.text(), parent, runs);
        continue;
      }
      Element target = parent;
      if (piece.link()) {
        target = parent.appendElement("a").attr("class", "term").attr("href", "#" + terms.id(piece.entry()));
      }
      if (GlossaryTerms.isAbbreviation(piece.entry().term())) {
        target = target.appendElement("abbr");
      }
      isolated(piece.text(), target, runs);
    }
    return null;
  }

  @Override
  public Void strong(Inline.Strong strong) {
    write(strong.children(), parent.appendElement("strong"), terms, runs, insideLink);
    return null;
  }

  @Override
  public Void emphasis(Inline.Emphasis emphasis) {
    write(emphasis.children(), parent.appendElement("em"), terms, runs, insideLink);
    return null;
  }

  @Override
  public Void link(Inline.Link link) {
    Element a = parent.appendElement("a").attr("href", link.target());
    if (runs.wholly(Inline.plainText(link.children()))) {
      // An address or number as a whole: the link itself reads left to right.
      write(link.children(), a.attr("dir", "ltr"), terms, LeftToRightRuns.none(), true);
    } else {
      write(link.children(), a, terms, runs, true);
    }
    return null;
  }

  @Override
  public Void lineBreak(Inline.LineBreak lineBreak) {
    parent.appendElement("br");
    return null;
  }
}
