package org.safeguarding.bulletin.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.Languages;
import org.safeguarding.bulletin.internal.PhoneNumbers;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.Quote;

/**
 * The language is a well-formed BCP 47 tag whose subtags are registered ({@link Languages#problem}),
 * the region is one whose phone numbering is known, and every phone number is valid there (short
 * codes such as 999, 111 and 116 123 included).
 */
final class LocaleRules implements Rule {
  static final String DEFAULT_REGION = "GB";

  @Override
  public void check(JsonNode root, RuleContext context, ProblemCollector problems) {
    Tree.text(root, JsonPaths.ROOT, "language", (tag, path) ->
        Languages.problem(tag).ifPresent(problem -> problems.error(path, "invalid-language", problem)));
    String region = region(root, problems);
    Tree.each(root, JsonPaths.ROOT, "contacts", (contact, path) -> Tree.text(contact, path, "phone", (number, at) -> {
      if (region != null && PhoneNumbers.parse(number, region).isEmpty()) {
        problems.error(at, "invalid-phone", Quote.of(number) + " is not a valid phone number in region " + region);
      }
    }));
  }

  /** The region phone numbers are read in, or {@code null} if the one given is unknown. */
  private static String region(JsonNode root, ProblemCollector problems) {
    JsonNode value = root.path("region");
    if (!value.isTextual()) {
      return DEFAULT_REGION;
    }
    String region = value.textValue();
    if (!PhoneNumberUtil.getInstance().getSupportedRegions().contains(region)) {
      problems.error(JsonPaths.field(JsonPaths.ROOT, "region"), "invalid-region",
          "expected an ISO 3166 two-letter region such as GB, found " + Quote.of(region));
      return null;
    }
    return region;
  }
}
