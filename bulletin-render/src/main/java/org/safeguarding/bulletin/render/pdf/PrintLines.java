package org.safeguarding.bulletin.render.pdf;

/**
 * How many lines a text takes on paper, for the estimates of how tall a row of cards is
 * ({@link PrintRiskRows}, {@link PrintContactBoxes}): words broken between them, a word longer than
 * a line over as many lines as it needs, at a number of characters a line that the caller keeps
 * under what the print fonts set in the width.
 */
final class PrintLines {
  /** A line of the body's 12pt type, line-height 1.45, in points. */
  static final double LINE = 12.1 * 1.45;

  private PrintLines() {}

  /** The lines that {@code text} takes, broken between words, at {@code width} characters a line. */
  static int count(String text, int width) {
    int lines = 0;
    int used = width;
    for (String word : text.strip().split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      if (used + 1 + word.length() <= width) {
        used += 1 + word.length();
      } else {
        lines += (word.length() + width - 1) / width;
        used = (word.length() - 1) % width + 1;
      }
    }
    return Math.max(lines, 1);
  }
}
