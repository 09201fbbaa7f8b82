package org.safeguarding.bulletin.model;

import static org.safeguarding.bulletin.internal.Checks.requireProse;
import static org.safeguarding.bulletin.internal.Checks.requireText;

/**
 * The same bulletin in another language, so that every output can tell its reader where to find it.
 *
 * @param language the alternate's BCP 47 language tag, for example "cy"
 * @param title the alternate's title, in its own language
 * @param url where the alternate is published, an {@code https:} address
 */
public record Alternate(String language, String title, String url) {
  /** Checks that no value is blank. */
  public Alternate {
    requireText(language, "language");
    title = requireProse(title, "title");
    requireText(url, "url");
  }
}
