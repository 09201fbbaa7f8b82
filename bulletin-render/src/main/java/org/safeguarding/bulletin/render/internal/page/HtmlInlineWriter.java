package org.safeguarding.bulletin.render.internal.page;

import java.util.List;
import org.jsoup.nodes.Element;
import org.safeguarding.bulletin.model.Inline;
import org.safeguarding.bulletin.model.InlineText;

/**
 * Writes inline text into an element: text nodes (escaped by jsoup), {@code strong}, {@code em},
 * links and line breaks, with glossary terms marked and linked.
 */
final class HtmlInlineWriter implements Inline.Visitor<Void> {
  private final Element parent;
  private final GlossaryTerms terms;
  private final boolean insideLink;

  private HtmlInlineWriter(Element parent, GlossaryTerms terms, boolean insideLink) {
    this.parent = parent;
    this.terms = terms;
    this.insideLink = insideLink;
  }

  /** Appends {@code text} to {@code parent}. */
  static void write(InlineText text, Element parent, GlossaryTerms terms) {
    write(text.inlines(), parent, terms, false);
  }

  private static void write(List<Inline> inlines, Element parent, GlossaryTerms terms, boolean insideLink) {
    HtmlInlineWriter writer = new HtmlInlineWriter(parent, terms, insideLink);
    inlines.forEach(inline -> inline.accept(writer));
  }

  @Override
  public Void text(Inline.Text text) {
    for (GlossaryTerms.Piece piece : terms.split(text.text(), insideLink)) {
      if (piece.entry() == null) {
        parent.appendText(piece.text());
        continue;
      }
      Element target = parent;
      if (piece.link()) {
        target = parent.appendElement("a").addClass("term").attr("href", "#" + terms.id(piece.entry()));
      }
      if (GlossaryTerms.isAbbreviation(piece.entry().term())) {
        target = target.appendElement("abbr");
      }
      target.appendText(piece.text());
    }
    return null;
  }

  @Override
  public Void strong(Inline.Strong strong) {
    write(strong.children(), parent.appendElement("strong"), terms, insideLink);
    return null;
  }

  @Override
  public Void emphasis(Inline.Emphasis emphasis) {
    write(emphasis.children(), parent.appendElement("em"), terms, insideLink);
    return null;
  }

  @Override
  public Void link(Inline.Link link) {
    Element a = parent.appendElement("a").attr("href", link.target());
    write(link.children(), a, terms, true);
    return null;
  }

  @Override
  public Void lineBreak(Inline.LineBreak lineBreak) {
    parent.appendElement("br");
    return null;
  }
}
