package org.safeguarding.bulletin.model;

import static org.safeguarding.bulletin.internal.Checks.requireText;

import java.util.regex.Pattern;
import org.safeguarding.bulletin.internal.PhoneNumbers;
import org.safeguarding.bulletin.internal.Quote;

/**
 * A phone number as people read it and as a phone dials it.
 *
 * @param display the number as written, for example "0300 555 0050"
 * @param telUri the dialable link, for example {@code tel:+443005550050}; short codes such as 999
 *     dial as written ({@code tel:999})
 */
public record PhoneNumber(String display, String telUri) {
  private static final Pattern TEL_URI = Pattern.compile("tel:\\+?[0-9]+");

  /** Checks that both forms are given and that the link is a {@code tel:} URI of digits. */
  public PhoneNumber {
    requireText(display, "display");
    requireText(telUri, "telUri");
    if (!TEL_URI.matcher(telUri).matches()) {
      throw new IllegalArgumentException("telUri: expected tel: and digits, found " + Quote.of(telUri));
    }
  }

  /**
   * Parses a number as dialled in a region, with libphonenumber.
   *
   * @param number the number as written, for example "0300 555 0050" or "116 123"
   * @param region the ISO 3166 two-letter region whose numbering applies, for example "GB"
   * @throws IllegalArgumentException if the number is not a valid number or short code there
   */
  public static PhoneNumber parse(String number, String region) {
    return PhoneNumbers.parse(number, region)
        .orElseThrow(() -> new IllegalArgumentException(
            Quote.of(number) + " is not a valid phone number in region " + Quote.escaped(region)));
  }
}
