package org.safeguarding.bulletin.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.Languages;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.Quote;

/**
 * Each alternate has a valid language tag, other than the bulletin's own and given once, and an
 * {@code https:} address.
 */
final class AlternateRules implements Rule {

  @Override
  public void check(JsonNode root, RuleContext context, ProblemCollector problems) {
    String own = root.path("language").asText("en-GB");
    Map<String, String> seen = new HashMap<>();
    Tree.each(root, JsonPaths.ROOT, "alternates", (alternate, path) -> {
      Tree.text(alternate, path, "language", (tag, at) -> {
        Optional<String> problem = Languages.problem(tag);
        if (problem.isPresent()) {
          problems.error(at, "invalid-language", problem.get());
        } else if (tag.equalsIgnoreCase(own)) {
          problems.error(at, "invalid-alternate", "the alternate's language " + Quote.of(tag)
              + " is the bulletin's own; an alternate is the bulletin in another language");
        } else {
          String first = seen.putIfAbsent(tag.toLowerCase(Locale.ROOT), at);
          if (first != null) {
            problems.error(at, "invalid-alternate", "language " + Quote.of(tag) + " is given twice, first at " + first);
          }
        }
      });
      Tree.text(alternate, path, "url", (url, at) -> {
        if (!url.strip().toLowerCase(Locale.ROOT).startsWith("https://")) {
          problems.error(at, "refused-link-scheme",
              "expected an https: address for the alternate, such as https://example.org/cy, found " + Quote.of(url));
        }
      });
    });
  }
}
