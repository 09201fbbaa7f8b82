package org.safeguarding.bulletin.internal.lint;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.walk.Parts;
import org.safeguarding.bulletin.internal.walk.RecordVisitor;
import org.safeguarding.bulletin.internal.walk.RecordWalk;
import org.safeguarding.bulletin.model.Alternate;
import org.safeguarding.bulletin.model.AlternativeFormats;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.EasyReadPoint;
import org.safeguarding.bulletin.model.EasyReadReview;
import org.safeguarding.bulletin.model.GlossaryEntry;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Paragraph;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.model.Section;

/**
 * The inline text the lint rules read, in document order, with the path its JSON gives it: risks'
 * descriptions, and each section's blocks and Easy Read points. Found by the one walk over the
 * records ({@link RecordWalk}), so a new kind of block is handled here or does not compile.
 */
final class TextSpots implements RecordVisitor {
  private final List<TextSpot> spots = new ArrayList<>();

  private TextSpots() {}

  /** The spots of the records in {@code parts}. */
  static List<TextSpot> of(Parts parts) {
    TextSpots visitor = new TextSpots();
    RecordWalk.walk(parts, visitor);
    return List.copyOf(visitor.spots);
  }

  @Override
  public void bulletin(Parts parts) {
    // titles and names are plain text, not inline text
  }

  @Override
  public void alternate(Alternate alternate, String path) {
    // a language version's title and address: no inline text
  }

  @Override
  public void alternativeFormats(AlternativeFormats formats, String path) {
    // the library's own kind of sentence, not linted
  }

  @Override
  public void easyReadReview(EasyReadReview review, String path) {
    // who checked the Easy Read text: no inline text
  }

  @Override
  public void risk(Risk risk, String path) {
    add(path, "description", risk.description(), false);
  }

  @Override
  public void contact(Contact contact, String path) {
    // names and addresses: no inline text
  }

  @Override
  public void glossaryEntry(GlossaryEntry entry, String path) {
    // the glossary explains words; the rules read its terms separately
  }

  @Override
  public void section(Section section, String path) {
    // its heading is read separately; its blocks and points follow
  }

  @Override
  public void paragraph(Paragraph paragraph, String path) {
    add(path, "text", paragraph.text(), false);
  }

  @Override
  public void list(ListBlock list, String path) {
    String items = JsonPaths.field(path, "items");
    for (int i = 0; i < list.items().size(); i++) {
      spots.add(new TextSpot(JsonPaths.index(items, i), list.items().get(i), false));
    }
  }

  @Override
  public void risks(RisksBlock risks, String path) {
    add(path, "intro", risks.intro(), false);
  }

  @Override
  public void contacts(ContactsBlock contacts, String path) {
    add(path, "intro", contacts.intro(), false);
  }

  @Override
  public void callout(Callout callout, String path) {
    add(path, "text", callout.text(), false);
  }

  @Override
  public void easyReadPoint(EasyReadPoint point, String path) {
    add(path, "text", point.text(), true);
  }

  private void add(String path, String field, @Nullable InlineText text, boolean easyRead) {
    if (text != null) {
      spots.add(new TextSpot(JsonPaths.field(path, field), text, easyRead));
    }
  }
}
