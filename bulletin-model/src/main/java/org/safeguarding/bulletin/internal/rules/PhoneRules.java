package org.safeguarding.bulletin.internal.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.PhoneNumbers;
import org.safeguarding.bulletin.internal.walk.Parts;
import org.safeguarding.bulletin.validate.ProblemCode;

/**
 * The region is one whose phone numbering is known, and every contact's phone number, as written,
 * is valid there (short codes such as 999, 111 and 116 123 included). Also run by the builders,
 * which read phone numbers in the bulletin's region as JSON does.
 */
public final class PhoneRules {
  /** Where the rules report a problem. */
  public interface Report {
    /** Reports a problem at {@code path}. */
    void error(String path, ProblemCode code, String message);
  }

  private PhoneRules() {}

  /** The region phone numbers are read in: GB if none is written, {@code null} if the one written is not known. */
  static @Nullable String region(Parts parts) {
    String written = parts.region();
    return written == null ? PhoneNumbers.DEFAULT_REGION : PhoneNumbers.isKnownRegion(written) ? written : null;
  }

  /** Reports an unknown region, and else every phone number not valid in the region. */
  public static void check(Parts parts, Report report) {
    String region = region(parts);
    if (region == null) {
      report.error(JsonPaths.field(JsonPaths.ROOT, "region"), ProblemCode.INVALID_REGION,
          PhoneNumbers.regionProblem(String.valueOf(parts.region())));
      return;
    }
    List<@Nullable String> phones = parts.contactPhones();
    String contacts = JsonPaths.field(JsonPaths.ROOT, "contacts");
    for (int i = 0; i < phones.size(); i++) {
      String phone = phones.get(i);
      if (phone != null) {
        checkPhone(phone, JsonPaths.field(JsonPaths.index(contacts, i), "phone"), region, report);
      }
    }
  }

  /** Reports {@code number}, at {@code path}, if it is not valid in {@code region}. */
  public static void checkPhone(String number, String path, String region, Report report) {
    if (PhoneNumbers.parse(number, region).isEmpty()) {
      report.error(path, ProblemCode.INVALID_PHONE, PhoneNumbers.phoneProblem(number, region));
    }
  }
}
