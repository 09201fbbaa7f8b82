package org.safeguarding.bulletin.validate;

import java.util.Locale;

/** How serious a {@link Problem} is. */
public enum Severity {
  /** The bulletin cannot be rendered until this is fixed. */
  ERROR,
  /** The bulletin can be rendered, but readers will struggle. */
  WARNING,
  /** A suggestion. */
  INFO;

  /** The lower-case name used in command-line output, for example {@code error}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
