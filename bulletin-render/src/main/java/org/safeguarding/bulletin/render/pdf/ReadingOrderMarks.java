package org.safeguarding.bulletin.render.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;

/**
 * Adds RIGHT-TO-LEFT MARKs (U+200F, drawn with no width) to a right-to-left run before it is drawn,
 * so that a reader that orders a line's glyphs by its own simple rule, not the Unicode
 * Bidirectional Algorithm, reads the run in logical order: poppler's {@code pdftotext} (its
 * {@code reorderText}) reads a right-to-left line from the right and keeps as one left-to-right
 * group every stretch of glyphs without a right-to-left letter that holds a Latin letter, a digit or
 * one of {@code . , : / - + # $ %} and the Arabic separators; so a full stop drawn after an Arabic
 * word and before a space ("الاحتيال. يمكنك"), or a space or full stop drawn after a number or
 * Latin word ("999.", "NSPCC على"), was read on the wrong side of its neighbour. A mark, a
 * right-to-left letter to that rule, ends such a group where the run needs it:
 *
 * <ul>
 *   <li>at the run's logical start when it does not begin with a right-to-left letter (the run then
 *       follows a left-to-right run, drawn to its right, whose group would take the run's first
 *       characters);
 *   <li>after each separator or terminator (full stop, comma, colon, slash, plus, minus, number
 *       sign …) of the run;
 *   <li>before each character drawn as its mirror image (a bracket, a quotation mark), so that the
 *       mark is drawn just after it: {@link InvisibleMarks} finds it so and gives the mirrored glyph
 *       its own character as {@code /ActualText}.
 * </ul>
 *
 * <p>The marks take no room and change no glyph's place; {@link RightToLeftText} leaves them out of
 * the {@code /ActualText} it gives the run.
 */
final class ReadingOrderMarks {
  /** RIGHT-TO-LEFT MARK. */
  static final char MARK = '\u200F';

  private ReadingOrderMarks() {}

  /** {@code run}, a right-to-left run in logical order, with the marks added. */
  static String mark(String run) {
    if (run.isEmpty()) {
      return run;
    }
    StringBuilder marked = new StringBuilder(run.length() + 4);
    if (!rightToLeftLetter(run.codePointAt(0))) {
      marked.append(MARK);
    }
    run.codePoints().forEach(cp -> {
      if (mirrored(cp) && (marked.isEmpty() || marked.charAt(marked.length() - 1) != MARK)) {
        marked.append(MARK);
      }
      marked.appendCodePoint(cp);
      if (separator(cp)) {
        marked.append(MARK);
      }
    });
    return marked.toString();
  }

  /** Whether {@code cp} is drawn as its mirror image in a right-to-left run: a bracket, a quotation mark. */
  static boolean mirrored(int cp) {
    return UCharacter.getMirror(cp) != cp;
  }

  /** The character {@code cp} is drawn as in a right-to-left run, and the other way round. */
  static int mirror(int cp) {
    return UCharacter.getMirror(cp);
  }

  private static boolean rightToLeftLetter(int cp) {
    int direction = UCharacter.getDirection(cp);
    return direction == UCharacterDirection.RIGHT_TO_LEFT || direction == UCharacterDirection.RIGHT_TO_LEFT_ARABIC;
  }

  private static boolean separator(int cp) {
    int direction = UCharacter.getDirection(cp);
    return direction == UCharacterDirection.COMMON_NUMBER_SEPARATOR
        || direction == UCharacterDirection.EUROPEAN_NUMBER_SEPARATOR
        || direction == UCharacterDirection.EUROPEAN_NUMBER_TERMINATOR;
  }
}
