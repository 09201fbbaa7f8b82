package org.safeguarding.bulletin.render.internal.easyread;

import java.util.List;
import java.util.Objects;
import org.safeguarding.bulletin.model.Pictogram;

/**
 * A row of the cover: a picture, and beside it the lines that it illustrates.
 *
 * @param picture the picture
 * @param lines the lines, each a paragraph
 */
public record PictureRow(Pictogram picture, List<Line> lines) {
  /** Copies the lines. */
  public PictureRow {
    Objects.requireNonNull(picture, "picture");
    lines = List.copyOf(lines);
  }
}
