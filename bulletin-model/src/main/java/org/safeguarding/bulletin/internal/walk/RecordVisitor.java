package org.safeguarding.bulletin.internal.walk;

import org.safeguarding.bulletin.model.Alternate;
import org.safeguarding.bulletin.model.AlternativeFormats;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.EasyReadPoint;
import org.safeguarding.bulletin.model.EasyReadReview;
import org.safeguarding.bulletin.model.GlossaryEntry;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Paragraph;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.model.Section;

/**
 * What {@link RecordWalk} calls for each record of a bulletin, with the record's JSON path. The set
 * is closed and has no defaults: every visitor handles every kind of record, so that a new kind of
 * block, added to {@link org.safeguarding.bulletin.model.Block.Visitor}, fails to compile in the
 * walk, and then here, and then in every visitor (validation, sizes, the linter's text), until each
 * handles it.
 */
public interface RecordVisitor {
  /** The bulletin's own values (id, layout, language, region, series, title, publisher, dates, summary), at {@code $}. */
  void bulletin(Parts parts);

  /** One alternate. */
  void alternate(Alternate alternate, String path);

  /** How to ask for other formats. */
  void alternativeFormats(AlternativeFormats formats, String path);

  /** Who checked the Easy Read text. */
  void easyReadReview(EasyReadReview review, String path);

  /** One risk. */
  void risk(Risk risk, String path);

  /** One contact. */
  void contact(Contact contact, String path);

  /** One glossary entry. */
  void glossaryEntry(GlossaryEntry entry, String path);

  /** One section's own values (heading, pictogram, the sizes of its lists), before its blocks and points. */
  void section(Section section, String path);

  /** A paragraph block. */
  void paragraph(Paragraph paragraph, String path);

  /** A list block. */
  void list(ListBlock list, String path);

  /** A risks block. */
  void risks(RisksBlock risks, String path);

  /** A contacts block. */
  void contacts(ContactsBlock contacts, String path);

  /** A callout block. */
  void callout(Callout callout, String path);

  /** One Easy Read point. */
  void easyReadPoint(EasyReadPoint point, String path);
}
