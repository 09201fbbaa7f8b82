package org.safeguarding.bulletin.internal;

import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the model's records, with messages that name the field. */
public final class Checks {
  /** The shape of every id: lower-case words of letters and digits joined by hyphens. */
  public static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Checks() {}

  /** Returns {@code value} if it is not null and not blank. */
  public static String requireText(String value, String field) {
    Objects.requireNonNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
    return value;
  }

  /**
   * Returns {@code value} in NFC (see {@link Nfc}) if it is not null and not blank: the check for
   * text a reader sees, such as a title or a name.
   */
  public static String requireProse(String value, String field) {
    return Nfc.of(requireText(value, field));
  }

  /** Returns {@code value} in NFC if it is given and not blank; {@code null} if it is {@code null}. */
  public static @Nullable String optionalProse(@Nullable String value, String field) {
    return value == null ? null : requireProse(value, field);
  }

  /** Returns {@code value} if it is a slug such as {@code domestic-abuse}. */
  public static String requireSlug(String value, String field) {
    Objects.requireNonNull(value, field);
    if (!SLUG.matcher(value).matches()) {
      throw new IllegalArgumentException(
          field + ": expected a lower-case slug such as 'domestic-abuse', found " + Quote.of(value));
    }
    return value;
  }
}
