package org.safeguarding.bulletin.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.Phonenumber;
import com.google.i18n.phonenumbers.ShortNumberInfo;
import java.util.Optional;
import org.safeguarding.bulletin.model.PhoneNumber;

/** Reads phone numbers with libphonenumber: full numbers dial in E.164, short codes as written. */
public final class PhoneNumbers {
  private PhoneNumbers() {}

  /** The number as displayed and dialled, or empty if it is not valid in {@code region}. */
  public static Optional<PhoneNumber> parse(String number, String region) {
    String display = number.strip();
    if (display.isEmpty() || !display.matches("[+0-9 ()\\-.]+")) {
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
      return Optional.of(new PhoneNumber(display, "tel:" + display.replaceAll("[^0-9]", "")));
    }
    if (util.isValidNumber(parsed)) {
      return Optional.of(new PhoneNumber(display, "tel:" + util.format(parsed, PhoneNumberFormat.E164)));
    }
    return Optional.empty();
  }
}
