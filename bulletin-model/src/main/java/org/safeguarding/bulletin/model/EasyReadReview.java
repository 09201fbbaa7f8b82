package org.safeguarding.bulletin.model;

import static org.safeguarding.bulletin.internal.Checks.requireProse;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Who checked the Easy Read text with people who use Easy Read, shown on the Easy Read cover.
 *
 * @param by who checked it, as plain text, for example "Dudley Voices for Choice"
 * @param date when, if given
 */
public record EasyReadReview(String by, @Nullable LocalDate date) {
  /** Checks that {@code by} is not blank. */
  public EasyReadReview {
    by = requireProse(by, "by");
  }
}
