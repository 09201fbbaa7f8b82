package org.safeguarding.bulletin.internal.lint;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.safeguarding.bulletin.lint.LintRule;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.Inline;

/** Links that go nowhere, say nothing about where they go, or travel over plain http. */
final class LinkChecks implements Check {
  private static final Set<String> VAGUE = Set.of("here", "click here", "click", "more", "read more",
      "learn more", "find out more", "more info", "more information", "link", "this link", "this", "go",
      "website", "this page", "page");

  @Override
  public void run(Bulletin bulletin, List<TextSpot> spots, Locale locale, Findings findings) {
    inText(spots, findings);
    insecure("$.publisher.website", bulletin.publisher().website(), findings);
    for (int i = 0; i < bulletin.contacts().size(); i++) {
      Contact contact = bulletin.contacts().get(i);
      insecure("$.contacts[" + i + "].website", contact.website(), findings);
    }
  }

  /** The rules on the links of inline texts: placeholders, vague or bare link text, plain http:. */
  static void inText(List<TextSpot> spots, Findings findings) {
    for (TextSpot spot : spots) {
      for (Inline.Link link : spot.text().links()) {
        check(spot.path(), link, findings);
      }
    }
  }

  private static void check(String path, Inline.Link link, Findings findings) {
    String target = link.target().strip();
    String text = Inline.plainText(link.children()).strip();
    if (target.isEmpty() || target.equals("#")) {
      findings.add(LintRule.PLACEHOLDER_LINK, path, "link '" + text + "' goes nowhere: its target is '"
          + link.target() + "'", "give the address of the page the link should open");
    }
    String words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} ]", "").strip();
    if (VAGUE.contains(words)) {
      findings.add(LintRule.LINK_TEXT, path, "link text '" + text + "' does not say where the link goes",
          "use words that name the page, for example its title");
    } else if (isWebAddress(target) && (text.equals(target) || text.startsWith("www."))) {
      findings.add(LintRule.LINK_TEXT, path, "link text is a bare address '" + text
          + "'; words that name the page read better", "write [the page's name](" + target + ")");
    }
    insecure(path, target, findings);
  }

  private static boolean isWebAddress(String target) {
    String lower = target.toLowerCase(Locale.ROOT);
    return lower.startsWith("http:") || lower.startsWith("https:");
  }

  private static void insecure(String path, String address, Findings findings) {
    if (address != null && address.toLowerCase(Locale.ROOT).startsWith("http:")) {
      findings.add(LintRule.INSECURE_LINK, path, "'" + address + "' uses plain http:, which is not secure",
          "use '" + "https:" + address.substring("http:".length()) + "' if the site supports it");
    }
  }
}
