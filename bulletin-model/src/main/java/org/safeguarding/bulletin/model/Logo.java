package org.safeguarding.bulletin.model;

import static org.safeguarding.bulletin.internal.Checks.requireProse;
import static org.safeguarding.bulletin.internal.Checks.requireText;

/**
 * A publisher's logo.
 *
 * @param path the image file, as written in the document: relative paths are relative to the JSON
 *     file (or to the base directory the reader was given)
 * @param alt the text that stands in for the logo, usually the organisation's name
 */
public record Logo(String path, String alt) {
  /** Checks that both the path and the alternative text are given. */
  public Logo {
    requireText(path, "path");
    alt = requireProse(alt, "alt");
  }
}
