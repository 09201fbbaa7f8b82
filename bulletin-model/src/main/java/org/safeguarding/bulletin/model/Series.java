package org.safeguarding.bulletin.model;

import static org.safeguarding.bulletin.internal.Checks.optionalProse;
import static org.safeguarding.bulletin.internal.Checks.requireProse;

import org.jspecify.annotations.Nullable;

/**
 * The series a bulletin belongs to, shown above its title.
 *
 * @param name the series name, for example "Safer Seven"
 * @param strapline an optional line under the name, for example "Your 7 minute safeguarding bulletin"
 */
public record Series(String name, @Nullable String strapline) {
  /** Checks that the name, and the strapline where given, are not blank. */
  public Series {
    name = requireProse(name, "name");
    strapline = optionalProse(strapline, "strapline");
  }
}
