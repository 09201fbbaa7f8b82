package org.safeguarding.bulletin.render.internal.easyread;

import java.util.List;
import java.util.Objects;
import org.safeguarding.bulletin.render.internal.EasyReadPoint;

/**
 * A section of the Easy Read version: its heading, then its points, each with its picture.
 *
 * @param heading the section's heading
 * @param points the points, in order
 */
public record EasyReadSection(String heading, List<EasyReadPoint> points) {
  /** Copies the points. */
  public EasyReadSection {
    Objects.requireNonNull(heading, "heading");
    points = List.copyOf(points);
  }
}
