package org.safeguarding.bulletin.render.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Joins the letters of Arabic-script text for the PDF engine, which draws one glyph for each
 * character and has no glyph substitution of its own: each letter becomes the initial, medial or
 * final presentation form that its neighbours call for (Unicode's Arabic Presentation Forms-A and
 * -B, which the embedded font maps to its joined glyphs), and lam followed by alef becomes their
 * ligature. A letter standing alone stays as it is.
 *
 * <p>The joining follows Unicode's joining types (dual, right, join-causing and transparent, the
 * last being the marks, which are skipped over), and the forms come from Unicode's own data (each
 * presentation form's compatibility decomposition and its type, read from ICU4J when the class is
 * loaded), not from a table kept here. ICU4J's {@code ArabicShaping}, which openhtmltopdf's own
 * right-to-left module uses, shapes only the letters of Arabic itself (U+0621 to U+064A): it leaves
 * the letters that Urdu and Persian add (ٹ ڈ ڑ ں ے ھ ہ ک گ ی پ چ ژ) unjoined while joining their
 * neighbours to them, which breaks nearly every Urdu word.
 *
 * <p>Unicode has no presentation form for some letters in some positions (ں or ۃ in the middle of a
 * word, many letters of African and Asian languages in any joined position): {@link
 * #firstUnshapeable} finds them, so that such text is refused rather than drawn unjoined.
 */
final class ArabicShaper {
  private static final int ISOLATED = 0;
  private static final int INITIAL = 1;
  private static final int MEDIAL = 2;
  private static final int FINAL = 3;
  private static final int LAM = 0x0644;

  /** Letter to its presentation forms, by {@link #ISOLATED} ... {@link #FINAL}; 0 where none. */
  private static final Map<Integer, int[]> FORMS = new HashMap<>();
  /** Alef to the ligature of lam and that alef, isolated and final. */
  private static final Map<Integer, int[]> LAM_ALEF = new HashMap<>();

  static {
    Normalizer2 nfkd = Normalizer2.getNFKDInstance();
    for (int cp = 0xFB50; cp <= 0xFEFC; cp++) {
      String letters = nfkd.getRawDecomposition(cp);
      int form = form(UCharacter.getIntPropertyValue(cp, UProperty.DECOMPOSITION_TYPE));
      if (letters == null || form < 0) {
        continue;
      }
      int[] codePoints = letters.codePoints().toArray();
      if (codePoints.length == 1) {
        FORMS.computeIfAbsent(codePoints[0], k -> new int[4])[form] = cp;
      } else if (codePoints.length == 2 && codePoints[0] == LAM && (form == ISOLATED || form == FINAL)
          && UCharacter.getIntPropertyValue(codePoints[1], UProperty.JOINING_GROUP) == UCharacter.JoiningGroup.ALEF) {
        LAM_ALEF.computeIfAbsent(codePoints[1], k -> new int[4])[form] = cp;
      }
    }
  }

  private ArabicShaper() {}

  /** {@code text} (in logical order) with its Arabic letters in their joined forms. */
  static String shape(String text) {
    return run(text, false).text;
  }

  /**
   * The first letter of {@code text} that has no presentation form for the position it is in, and
   * so would be drawn unjoined; empty if every letter can be drawn joined.
   */
  static OptionalInt firstUnshapeable(String text) {
    Shaped shaped = run(text, true);
    return shaped.unshapeable < 0 ? OptionalInt.empty() : OptionalInt.of(shaped.unshapeable);
  }

  private record Shaped(String text, int unshapeable) {}

  private static Shaped run(String text, boolean stopAtUnshapeable) {
    int[] cps = text.codePoints().toArray();
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < cps.length; i++) {
      int cp = cps[i];
      int type = joiningType(cp);
      if (type != UCharacter.JoiningType.DUAL_JOINING && type != UCharacter.JoiningType.RIGHT_JOINING) {
        out.appendCodePoint(cp);
        continue;
      }
      int previous = neighbour(cps, i, -1);
      int next = neighbour(cps, i, +1);
      boolean joinsBefore = previous >= 0 && joinsForward(joiningType(cps[previous]));
      boolean joinsAfter = type == UCharacter.JoiningType.DUAL_JOINING && next >= 0
          && joinsBackward(joiningType(cps[next]));
      if (cp == LAM && next >= 0 && LAM_ALEF.containsKey(cps[next])) {
        // The ligature, then the marks of the lam (a fatha in لَا), drawn over it.
        out.appendCodePoint(LAM_ALEF.get(cps[next])[joinsBefore ? FINAL : ISOLATED]);
        for (int mark = i + 1; mark < next; mark++) {
          out.appendCodePoint(cps[mark]);
        }
        i = next;
        continue;
      }
      int position = joinsBefore ? (joinsAfter ? MEDIAL : FINAL) : (joinsAfter ? INITIAL : ISOLATED);
      int[] forms = FORMS.get(cp);
      int shaped = position == ISOLATED ? cp : forms == null ? 0 : forms[position];
      if (shaped == 0) {
        if (stopAtUnshapeable) {
          return new Shaped("", cp);
        }
        shaped = cp;
      }
      out.appendCodePoint(shaped);
    }
    return new Shaped(out.toString(), -1);
  }

  /** The index of the nearest character before or after {@code i} that is not a mark, or -1. */
  private static int neighbour(int[] cps, int i, int step) {
    for (int j = i + step; j >= 0 && j < cps.length; j += step) {
      if (joiningType(cps[j]) != UCharacter.JoiningType.TRANSPARENT) {
        return j;
      }
    }
    return -1;
  }

  /** Whether a character of this joining type joins the character after it. */
  private static boolean joinsForward(int type) {
    return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.LEFT_JOINING
        || type == UCharacter.JoiningType.JOIN_CAUSING;
  }

  /** Whether a character of this joining type joins the character before it. */
  private static boolean joinsBackward(int type) {
    return type == UCharacter.JoiningType.DUAL_JOINING || type == UCharacter.JoiningType.RIGHT_JOINING
        || type == UCharacter.JoiningType.JOIN_CAUSING;
  }

  private static int joiningType(int cp) {
    return UCharacter.getIntPropertyValue(cp, UProperty.JOINING_TYPE);
  }

  private static int form(int decompositionType) {
    return switch (decompositionType) {
      case UCharacter.DecompositionType.ISOLATED -> ISOLATED;
      case UCharacter.DecompositionType.INITIAL -> INITIAL;
      case UCharacter.DecompositionType.MEDIAL -> MEDIAL;
      case UCharacter.DecompositionType.FINAL -> FINAL;
      default -> -1;
    };
  }
}
