package org.safeguarding.bulletin.render.pdf;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a bulletin holds characters that none of the PDF renderer's font families can show.
 * The PDF would show them as empty boxes or leave them out, so none is written; give the renderer a
 * family that has them (see {@link PdfRenderer.Builder#fonts(PdfFontFamily...)}).
 */
public final class UnsupportedTextException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final List<Integer> codePoints;

  /**
   * Creates the exception.
   *
   * @param codePoints the characters no font can show, in the order they first appear
   * @param families the names of the font families that were tried
   */
  UnsupportedTextException(List<Integer> codePoints, List<String> families) {
    super("no font can show " + codePoints.size() + (codePoints.size() == 1 ? " character: " : " characters: ")
        + codePoints.stream().map(UnsupportedTextException::describe).collect(Collectors.joining(", "))
        + "; tried " + String.join(", ", families));
    this.codePoints = List.copyOf(codePoints);
  }

  /** The characters that no font can show, as Unicode code points in the order they first appear. */
  public List<Integer> codePoints() {
    return codePoints;
  }

  private static String describe(int codePoint) {
    return String.format("U+%04X '%s'", codePoint, new String(Character.toChars(codePoint)));
  }
}
