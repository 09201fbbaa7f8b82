package org.safeguarding.bulletin.internal;

import java.util.Objects;
import java.util.regex.Pattern;

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
