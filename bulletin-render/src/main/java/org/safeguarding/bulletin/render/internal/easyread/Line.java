package org.safeguarding.bulletin.render.internal.easyread;

import java.util.List;

/**
 * One line (a paragraph) of an Easy Read row: its pieces, in reading order.
 *
 * @param spans the pieces
 */
public record Line(List<Span> spans) {
  /** Copies the pieces. */
  public Line {
    spans = List.copyOf(spans);
  }

  /** A line of {@code spans}. */
  public static Line of(Span... spans) {
    return new Line(List.of(spans));
  }
}
