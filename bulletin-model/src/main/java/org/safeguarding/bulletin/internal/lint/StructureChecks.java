package org.safeguarding.bulletin.internal.lint;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.lint.LintRule;
import org.safeguarding.bulletin.model.Block;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Paragraph;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.model.Section;

/** Sections without Easy Read text, no emergency contact, and contacts or risks no section lists. */
final class StructureChecks implements Check {

  @Override
  public void run(Bulletin bulletin, List<TextSpot> spots, Locale locale, Findings findings) {
    Set<String> usedRisks = new HashSet<>();
    Set<String> usedContacts = new HashSet<>();
    for (int i = 0; i < bulletin.sections().size(); i++) {
      Section section = bulletin.sections().get(i);
      if (section.easyRead().isEmpty()) {
        findings.add(LintRule.MISSING_EASY_READ, "$.sections[" + i + "]", "section " + (i + 1) + " '"
            + section.heading() + "' has no Easy Read points; they will be made from its own text",
            "add easyRead points: short sentences, one idea each");
      }
      for (Block block : section.content()) {
        block.accept(new UsedIds(usedRisks, usedContacts));
      }
    }
    if (bulletin.layout() == Layout.SEVEN_MINUTE && bulletin.contacts().stream().noneMatch(c -> c.emergency())) {
      findings.add(LintRule.NO_EMERGENCY_CONTACT, "$.contacts", "no contact is marked as an emergency contact",
          "add the emergency services, for example {\"id\": \"police\", \"name\": \"Police\", \"phone\": \"999\", "
              + "\"emergency\": true}");
    }
    for (int i = 0; i < bulletin.contacts().size(); i++) {
      String id = bulletin.contacts().get(i).id();
      if (!usedContacts.contains(id)) {
        findings.add(LintRule.UNUSED_CONTACT, "$.contacts[" + i + "]", "contact '" + id + "' is not listed in any "
            + "section", "list it in a contacts block, or remove it");
      }
    }
    for (int i = 0; i < bulletin.risks().size(); i++) {
      String id = bulletin.risks().get(i).id();
      if (!usedRisks.contains(id)) {
        findings.add(LintRule.UNUSED_RISK, "$.risks[" + i + "]", "risk '" + id + "' is not listed in any section",
            "list it in a risks block, or remove it");
      }
    }
  }

  /** Adds the risks and contacts a block lists to the ids used; a visitor, so every kind of block is handled. */
  private record UsedIds(Set<String> risks, Set<String> contacts) implements Block.Visitor<Void> {
    @Override
    public @Nullable Void paragraph(Paragraph paragraph) {
      return null;
    }

    @Override
    public @Nullable Void list(ListBlock list) {
      return null;
    }

    @Override
    public @Nullable Void risks(RisksBlock block) {
      risks.addAll(block.refs());
      return null;
    }

    @Override
    public @Nullable Void contacts(ContactsBlock block) {
      contacts.addAll(block.refs());
      return null;
    }

    @Override
    public @Nullable Void callout(Callout callout) {
      return null;
    }
  }
}
