package org.safeguarding.bulletin.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.PhoneNumbers;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.Quote;

/**
 * The region is one whose phone numbering is known, and every contact's phone number is valid
 * there (short codes such as 999, 111 and 116 123 included). Also run by the builders, which read
 * phone numbers in the bulletin's region as JSON does.
 */
public final class PhoneRule implements Rule {
  /** The region numbers are read in when a bulletin names none. */
  public static final String DEFAULT_REGION = "GB";

  @Override
  public void check(JsonNode root, RuleContext context, ProblemCollector problems) {
    check(root, problems);
  }

  /** Adds a problem for an unknown region and for every phone number not valid in the region. */
  public static void check(JsonNode root, ProblemCollector problems) {
    String region = region(root, problems);
    if (region != null) {
      Tree.each(root, JsonPaths.ROOT, "contacts", (contact, path) -> checkPhone(contact, path, region, problems));
    }
  }

  /** Adds a problem if {@code contact}'s phone number, at {@code path}, is not valid in {@code region}. */
  public static void checkPhone(JsonNode contact, String path, String region, ProblemCollector problems) {
    Tree.text(contact, path, "phone", (number, at) -> {
      if (PhoneNumbers.parse(number, region).isEmpty()) {
        problems.error(at, "invalid-phone", Quote.of(number) + " is not a valid phone number in region " + region);
      }
    });
  }

  /** The region phone numbers are read in, or {@code null} if the one given is unknown. */
  private static @Nullable String region(JsonNode root, ProblemCollector problems) {
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
