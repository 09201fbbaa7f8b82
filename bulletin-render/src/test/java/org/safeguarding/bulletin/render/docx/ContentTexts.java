package org.safeguarding.bulletin.render.docx;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.bulletin.model.Block;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Paragraph;
import org.safeguarding.bulletin.model.RisksBlock;

/**
 * The texts of a content block that an Easy Read version made from content must show, written
 * independently of the renderer: each paragraph, item, intro and callout, and each named risk and
 * contact.
 */
final class ContentTexts {
  private ContentTexts() {}

  static List<String> of(Bulletin bulletin, Block block) {
    List<String> texts = new ArrayList<>();
    if (block instanceof Paragraph p) {
      texts.add(p.text().plainText());
    } else if (block instanceof ListBlock l) {
      l.items().forEach(i -> texts.add(i.plainText()));
    } else if (block instanceof RisksBlock r) {
      if (r.intro() != null) {
        texts.add(r.intro().plainText());
      }
      r.refs().forEach(id -> texts.add(bulletin.risk(id).orElseThrow().name()));
    } else if (block instanceof ContactsBlock c) {
      if (c.intro() != null) {
        texts.add(c.intro().plainText());
      }
      c.refs().forEach(id -> texts.add(bulletin.contact(id).orElseThrow().name()));
    } else if (block instanceof Callout c) {
      texts.add(c.text().plainText());
    } else {
      throw new AssertionError(block);
    }
    return texts;
  }
}
