package org.safeguarding.bulletin.internal.rules;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.walk.Parts;
import org.safeguarding.bulletin.internal.walk.RecordVisitor;
import org.safeguarding.bulletin.model.Alternate;
import org.safeguarding.bulletin.model.AlternativeFormats;
import org.safeguarding.bulletin.model.Block;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.CalloutTone;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.EasyReadPoint;
import org.safeguarding.bulletin.model.EasyReadReview;
import org.safeguarding.bulletin.model.GlossaryEntry;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Paragraph;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.validate.Limit;

/**
 * Tells {@link SizeRules} the sizes and the text of a bulletin's records: every list the limits
 * count, and every text value its JSON would hold, at the same path and in the same order (the
 * format's), so that a bulletin built in Java is measured as its JSON would be.
 */
final class RecordSizes implements RecordVisitor {
  private final SizeRules sizes;

  RecordSizes(SizeRules sizes) {
    this.sizes = sizes;
  }

  @Override
  public void bulletin(Parts parts) {
    String top = JsonPaths.ROOT;
    count(top, "sections", parts.sections(), Limit.SECTIONS);
    count(top, "risks", parts.risks(), Limit.RISKS);
    count(top, "contacts", parts.contacts(), Limit.CONTACTS);
    count(top, "glossary", parts.glossary(), Limit.GLOSSARY_ENTRIES);
    count(top, "alternates", parts.alternates(), Limit.ALTERNATES);
    text(top, "id", parts.id());
    text(top, "layout", parts.layout() == null ? null : parts.layout().jsonName());
    text(top, "language", parts.language());
    text(top, "region", parts.region());
    if (parts.series() != null) {
      String series = JsonPaths.field(top, "series");
      text(series, "name", parts.series().name());
      text(series, "strapline", parts.series().strapline());
    }
    text(top, "title", parts.title());
    if (parts.publisher() != null) {
      String publisher = JsonPaths.field(top, "publisher");
      text(publisher, "name", parts.publisher().name());
      text(publisher, "website", parts.publisher().website());
      if (parts.publisher().logo() != null) {
        String logo = JsonPaths.field(publisher, "logo");
        text(logo, "path", parts.publisher().logo().path());
        text(logo, "alt", parts.publisher().logo().alt());
      }
    }
    text(top, "published", parts.published() == null ? null : parts.published().toString());
    text(top, "summary", parts.summary());
  }

  @Override
  public void alternate(Alternate alternate, String path) {
    text(path, "language", alternate.language());
    text(path, "title", alternate.title());
    text(path, "url", alternate.url());
  }

  @Override
  public void alternativeFormats(AlternativeFormats formats, String path) {
    inline(path, "text", formats.text());
    text(path, "contact", formats.contact());
  }

  @Override
  public void easyReadReview(EasyReadReview review, String path) {
    text(path, "by", review.by());
    text(path, "date", review.date() == null ? null : review.date().toString());
  }

  @Override
  public void risk(Risk risk, String path) {
    text(path, "id", risk.id());
    text(path, "name", risk.name());
    texts(path, "includes", risk.includes(), Limit.RISK_INCLUDES, Function.identity());
    inline(path, "description", risk.description());
  }

  @Override
  public void contact(Contact contact, String path) {
    text(path, "id", contact.id());
    text(path, "name", contact.name());
    text(path, "organisation", contact.organisation());
    text(path, "audience", contact.audience());
    text(path, "hours", contact.hours());
    text(path, "phone", contact.phone() == null ? null : contact.phone().display());
    text(path, "website", contact.website());
    text(path, "email", contact.email());
  }

  @Override
  public void glossaryEntry(GlossaryEntry entry, String path) {
    text(path, "term", entry.term());
    text(path, "meaning", entry.meaning());
  }

  @Override
  public void section(Section section, String path) {
    count(path, "content", section.content(), Limit.BLOCKS);
    count(path, "easyRead", section.easyRead(), Limit.EASY_READ_POINTS);
    text(path, "heading", section.heading());
    pictogram(path, section.pictogram());
  }

  @Override
  public void paragraph(Paragraph paragraph, String path) {
    type(path, paragraph);
    inline(path, "text", paragraph.text());
  }

  @Override
  public void list(ListBlock list, String path) {
    type(path, list);
    texts(path, "items", list.items(), Limit.LIST_ITEMS, InlineText::source);
  }

  @Override
  public void risks(RisksBlock risks, String path) {
    type(path, risks);
    texts(path, "refs", risks.refs(), Limit.REFS, Function.identity());
    inline(path, "intro", risks.intro());
  }

  @Override
  public void contacts(ContactsBlock contacts, String path) {
    type(path, contacts);
    texts(path, "refs", contacts.refs(), Limit.REFS, Function.identity());
    inline(path, "intro", contacts.intro());
  }

  @Override
  public void callout(Callout callout, String path) {
    type(path, callout);
    inline(path, "text", callout.text());
    text(path, "tone", callout.tone() == CalloutTone.INFO ? null : callout.tone().jsonName());
  }

  @Override
  public void easyReadPoint(EasyReadPoint point, String path) {
    inline(path, "text", point.text());
    pictogram(path, point.pictogram());
  }

  private void type(String path, Block block) {
    text(path, "type", block.type());
  }

  private void pictogram(String path, @Nullable Pictogram pictogram) {
    text(path, "pictogram", pictogram == null ? null : pictogram.jsonName());
  }

  private void inline(String path, String field, @Nullable InlineText text) {
    text(path, field, text == null ? null : text.source());
  }

  private void text(String path, String field, @Nullable String value) {
    if (value != null) {
      sizes.text(JsonPaths.field(path, field), value);
    }
  }

  private <T> void texts(String path, String field, List<T> values, Limit limit, Function<T, String> text) {
    String at = JsonPaths.field(path, field);
    count(path, field, values, limit);
    for (int i = 0; i < values.size(); i++) {
      sizes.text(JsonPaths.index(at, i), text.apply(values.get(i)));
    }
  }

  private void count(String path, String field, @Nullable List<?> list, Limit limit) {
    if (list != null) {
      sizes.count(JsonPaths.field(path, field), list.size(), limit);
    }
  }
}
