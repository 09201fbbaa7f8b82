package org.safeguarding.bulletin.render.internal.page;

import org.jsoup.nodes.Element;
import org.safeguarding.bulletin.model.Block;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.CalloutTone;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Paragraph;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.render.internal.LeftToRightRuns;
import org.safeguarding.bulletin.render.internal.Presentation;

/**
 * Writes each kind of block into a section's body ({@code parent}): every kind is handled, each by
 * one method. One writer a section.
 */
record HtmlBlockWriter(Bulletin bulletin, Element parent, GlossaryTerms terms, LeftToRightRuns runs, Labels labels)
    implements Block.Visitor<Element> {

  @Override
  public Element paragraph(Paragraph paragraph) {
    return inline(paragraph.text(), parent.appendElement("p"));
  }

  @Override
  public Element list(ListBlock list) {
    Element element = parent.appendElement(list.ordered() ? "ol" : "ul").attr("class", "list");
    list.items().forEach(item -> inline(item, element.appendElement("li")));
    return element;
  }

  @Override
  public Element risks(RisksBlock risks) {
    Element block = parent.appendElement("div").attr("class", "risks");
    if (risks.intro() != null) {
      inline(risks.intro(), block.appendElement("p").attr("class", "intro"));
    }
    Element list = block.appendElement("ul").attr("class", "risk-list");
    Presentation.risks(bulletin, risks).forEach(risk -> risk(risk, list.appendElement("li").attr("class", "risk")));
    return block;
  }

  private void risk(Risk risk, Element item) {
    HtmlInlineWriter.isolated(risk.name(), item.appendElement("strong").attr("class", "risk__name"), runs);
    if (risk.description() != null) {
      inline(risk.description(), item.appendElement("p").attr("class", "risk__description"));
    }
    if (!risk.includes().isEmpty()) {
      labels.mark(item.appendElement("p").attr("class", "risk__includes-label").text(Presentation.includesLabel(labels.wording(), risk)));
      Element includes = item.appendElement("ul").attr("class", "risk__includes");
      risk.includes().forEach(name -> HtmlInlineWriter.isolated(name, includes.appendElement("li"), runs));
    }
  }

  @Override
  public Element contacts(ContactsBlock contacts) {
    return new HtmlContactWriter(labels, terms, runs).write(Presentation.contacts(bulletin, contacts), contacts.intro(), parent);
  }

  @Override
  public Element callout(Callout callout) {
    String tone = callout.tone() == CalloutTone.URGENT ? "urgent" : "info";
    Element note = parent.appendElement("div").attr("class", "callout callout--" + tone).attr("role", "note");
    Element label = note.appendElement("p").attr("class", "callout__label");
    label.appendElement("span").attr("class", "callout__icon").attr("aria-hidden", "true")
        .text(callout.tone() == CalloutTone.URGENT ? "!" : "i");
    labels.mark(label.appendElement("span").text(Presentation.calloutLabel(labels.wording(), callout.tone())));
    inline(callout.text(), note.appendElement("p").attr("class", "callout__text"));
    return note;
  }

  private Element inline(InlineText text, Element element) {
    HtmlInlineWriter.write(text, element, terms, runs);
    return element;
  }
}
