package org.safeguarding.bulletin.validate;

import java.util.Arrays;
import java.util.Objects;

/**
 * The size limits a bulletin is checked against: every {@link Limit} at its default, unless changed.
 *
 * <pre>{@code
 * Limits limits = Limits.defaults().with(Limit.CONTACTS, 500);
 * BulletinJson.reader().withLimits(limits).read(file);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Limits {
  private static final Limits DEFAULTS = new Limits(
      Arrays.stream(Limit.values()).mapToLong(Limit::defaultValue).toArray());

  private final long[] values;

  private Limits(long[] values) {
    this.values = values;
  }

  /** Every limit at its default value. */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with {@code limit} set to {@code value}.
   *
   * @throws IllegalArgumentException if {@code value} is less than 1
   */
  public Limits with(Limit limit, long value) {
    Objects.requireNonNull(limit, "limit");
    if (value < 1) {
      throw new IllegalArgumentException(limit.optionName() + ": a limit must be at least 1, found " + value);
    }
    long[] copy = values.clone();
    copy[limit.ordinal()] = value;
    return new Limits(copy);
  }

  /** The value of {@code limit}. */
  public long get(Limit limit) {
    return values[Objects.requireNonNull(limit, "limit").ordinal()];
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Limits that && Arrays.equals(values, that.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Limits[");
    for (Limit limit : Limit.values()) {
      text.append(limit.ordinal() == 0 ? "" : ", ").append(limit.optionName()).append('=').append(get(limit));
    }
    return text.append(']').toString();
  }
}
