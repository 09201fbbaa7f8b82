package org.safeguarding.bulletin.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.ShortNumberInfo;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;
import org.safeguarding.bulletin.model.PhoneNumber;

/** Reads phone numbers with libphonenumber: full numbers dial in E.164, short codes as written. */
public final class PhoneNumbers {
  /** The region numbers are read in when a bulletin names none. */
  public static final String DEFAULT_REGION = "GB";

  private static final Pattern WRITTEN = Pattern.compile("[+0-9 ()\\-.]+");
  private static final Pattern NOT_DIGIT = Pattern.compile("[^0-9]");

  /**
   * Numbers read before, with their regions: a partnership's bulletins give the same few numbers
   * again and again, and libphonenumber takes longer to read one than the rest of its contact.
   * Forgotten all at once when full, so it stays small.
   */
  private static final ConcurrentMap<Written, Optional<PhoneNumber>> READ = new ConcurrentHashMap<>();
  private static final int REMEMBERED = 1024;

  private PhoneNumbers() {}

  /** Whether {@code region} is one whose phone numbering is known, such as GB. */
  public static boolean isKnownRegion(String region) {
    return PhoneNumberUtil.getInstance().getSupportedRegions().contains(region);
  }

  /** The message for a region whose numbering is not known, {@code region} quoted escaped. */
  public static String regionProblem(String region) {
    return "expected an ISO 3166 two-letter region such as GB, found " + Quote.of(region);
  }

  /** The message for a number not valid in {@code region}, the number quoted escaped. */
  public static String phoneProblem(String number, String region) {
    return Quote.of(number) + " is not a valid phone number in region " + region;
  }

  /** The number as displayed and dialled, or empty if it is not valid in {@code region}. */
  public static Optional<PhoneNumber> parse(String number, String region) {
    Written written = new Written(number, region);
    Optional<PhoneNumber> known = READ.get(written);
    if (known != null) {
      return known;
    }
    Optional<PhoneNumber> read = read(number, region);
    if (READ.size() >= REMEMBERED) {
      READ.clear();
    }
    READ.put(written, read);
    return read;
  }

  private static Optional<PhoneNumber> read(String number, String region) {
    String display = number.strip();
    if (display.isEmpty() || !WRITTEN.matcher(display).matches()) {
      return Optional.empty();
    }
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    Phonenumber.PhoneNumber parsed;
    try {
      parsed = util.parse(display, region);
    } catch (NumberParseException e) {
      return Optional.empty();
    }
    boolean international = display.startsWith("+");
    if (!international && ShortNumberInfo.getInstance().isValidShortNumberForRegion(parsed, region)) {
      return Optional.of(new PhoneNumber(display, "tel:" + NOT_DIGIT.matcher(display).replaceAll("")));
    }
    if (util.isValidNumber(parsed)) {
      return Optional.of(new PhoneNumber(display, "tel:" + util.format(parsed, PhoneNumberFormat.E164)));
    }
    return Optional.empty();
  }

  private record Written(String number, String region) {}
}
