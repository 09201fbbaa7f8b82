package org.safeguarding.bulletin.internal.lint;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.model.Block;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Paragraph;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.model.Section;

/** Every piece of inline text in a bulletin, in document order, with the path its JSON gives it. */
final class TextSpots {
  private TextSpots() {}

  static List<TextSpot> of(Bulletin bulletin) {
    List<TextSpot> spots = new ArrayList<>();
    for (int i = 0; i < bulletin.risks().size(); i++) {
      Risk risk = bulletin.risks().get(i);
      if (risk.description() != null) {
        spots.add(new TextSpot(JsonPaths.index("$.risks", i) + ".description", risk.description(), false));
      }
    }
    for (int s = 0; s < bulletin.sections().size(); s++) {
      Section section = bulletin.sections().get(s);
      String sectionPath = JsonPaths.index("$.sections", s);
      for (int b = 0; b < section.content().size(); b++) {
        add(spots, JsonPaths.index(sectionPath + ".content", b), section.content().get(b));
      }
      for (int p = 0; p < section.easyRead().size(); p++) {
        spots.add(new TextSpot(JsonPaths.index(sectionPath + ".easyRead", p) + ".text",
            section.easyRead().get(p).text(), true));
      }
    }
    return List.copyOf(spots);
  }

  private static void add(List<TextSpot> spots, String path, Block block) {
    if (block instanceof Paragraph p) {
      spots.add(new TextSpot(path + ".text", p.text(), false));
    } else if (block instanceof Callout c) {
      spots.add(new TextSpot(path + ".text", c.text(), false));
    } else if (block instanceof ListBlock l) {
      for (int i = 0; i < l.items().size(); i++) {
        spots.add(new TextSpot(JsonPaths.index(path + ".items", i), l.items().get(i), false));
      }
    } else if (block instanceof RisksBlock r) {
      addIntro(spots, path, r.intro());
    } else if (block instanceof ContactsBlock c) {
      addIntro(spots, path, c.intro());
    }
  }

  private static void addIntro(List<TextSpot> spots, String path, InlineText intro) {
    if (intro != null) {
      spots.add(new TextSpot(path + ".intro", intro, false));
    }
  }
}
