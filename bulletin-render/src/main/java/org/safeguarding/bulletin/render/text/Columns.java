package org.safeguarding.bulletin.render.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;

/**
 * How many columns a piece of text takes in a fixed-width font: one a user-perceived character
 * (a letter with its combining marks is one), two for the wide characters of East Asian scripts.
 */
final class Columns {
  private Columns() {}

  /** The width of {@code text}, which holds no line break. */
  static int of(String text) {
    BreakIterator characters = BreakIterator.getCharacterInstance();
    characters.setText(text);
    int width = 0;
    for (int start = characters.first(), end = characters.next(); end != BreakIterator.DONE;
        start = end, end = characters.next()) {
      width += wide(text.codePointAt(start)) ? 2 : 1;
    }
    return width;
  }

  private static boolean wide(int codePoint) {
    int width = UCharacter.getIntPropertyValue(codePoint, UProperty.EAST_ASIAN_WIDTH);
    return width == UCharacter.EastAsianWidth.WIDE || width == UCharacter.EastAsianWidth.FULLWIDTH;
  }
}
