package org.safeguarding.bulletin.model;

import static org.safeguarding.bulletin.internal.Checks.requireProse;
import static org.safeguarding.bulletin.internal.Checks.requireText;

import org.jspecify.annotations.Nullable;

/**
 * The organisation that publishes a bulletin.
 *
 * @param name the organisation's name
 * @param website an optional web address
 * @param logo an optional logo
 */
public record Publisher(String name, @Nullable String website, @Nullable Logo logo) {
  /** Checks that the name, and the website where given, are not blank. */
  public Publisher {
    name = requireProse(name, "name");
    if (website != null) {
      requireText(website, "website");
    }
  }

  /** A publisher with a name only. */
  public static Publisher named(String name) {
    return new Publisher(name, null, null);
  }
}
