package org.safeguarding.bulletin.render.internal;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.safeguarding.bulletin.model.Bulletin;

/**
 * Finds, in the text of a right-to-left bulletin, the pieces that read left to right and must be
 * isolated so that the text around them cannot reorder them: phone numbers (found with
 * libphonenumber in the bulletin's region, spaces between their groups included) and the runs that
 * the Unicode Bidirectional Algorithm (ICU4J's {@link Bidi}, paragraph direction right to left)
 * sets left to right and that hold a left-to-right letter or a digit of the European kind: Latin
 * names and acronyms, e-mail and web addresses, numbers. Each piece is exactly the characters of
 * the text: nothing is added or taken away.
 *
 * <p>In a left-to-right bulletin nothing is isolated: its text is left as one piece.
 */
public final class LeftToRightRuns {
  private static final LeftToRightRuns NONE = new LeftToRightRuns(false, "");

  private final boolean active;
  private final String region;

  private LeftToRightRuns(boolean active, String region) {
    this.active = active;
    this.region = region;
  }

  /** The runs of {@code bulletin}'s text: found where it is written right to left, none otherwise. */
  public static LeftToRightRuns of(Bulletin bulletin) {
    return bulletin.rightToLeft() ? new LeftToRightRuns(true, bulletin.region()) : NONE;
  }

  /** Finds none: for text that is not written right to left. */
  public static LeftToRightRuns none() {
    return NONE;
  }

  /** Whether pieces are looked for at all (the bulletin is written right to left). */
  public boolean active() {
    return active;
  }

  /**
   * A piece of some text.
   *
   * @param text its characters
   * @param leftToRight whether it reads left to right and is to be isolated
   * @param reordered whether the Unicode Bidirectional Algorithm, given the text as it is, would set
   *     some of this left-to-right piece right to left (the spaces between a number's groups, so
   *     that "0808 800 5000" would show as "5000 800 0808"): where only characters can say so, such
   *     a piece needs a LEFT-TO-RIGHT MARK (U+200E) before it
   */
  public record Piece(String text, boolean leftToRight, boolean reordered) {
    /** Checks the parts. */
    public Piece {
      Objects.requireNonNull(text, "text");
    }
  }

  /** {@code text} in pieces, in order; joined, they are {@code text}. */
  public List<Piece> split(String text) {
    if (!active || text.isEmpty()) {
      return List.of(new Piece(text, false, false));
    }
    Bidi bidi = new Bidi(text, Bidi.DIRECTION_RIGHT_TO_LEFT);
    BitSet marked = marked(text, bidi);
    List<Piece> pieces = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      boolean leftToRight = marked.get(start);
      int end = leftToRight ? marked.nextClearBit(start) : marked.nextSetBit(start);
      end = end < 0 ? text.length() : Math.min(end, text.length());
      pieces.add(new Piece(text.substring(start, end), leftToRight, leftToRight && someRightToLeft(bidi, start, end)));
      start = end;
    }
    return List.copyOf(pieces);
  }

  /** Whether the whole of {@code text} (but spaces at its ends) is one left-to-right piece. */
  public boolean wholly(String text) {
    String words = text.strip();
    if (!active || words.isEmpty()) {
      return false;
    }
    List<Piece> pieces = split(words);
    return pieces.size() == 1 && pieces.get(0).leftToRight();
  }

  private BitSet marked(String text, Bidi bidi) {
    BitSet marked = new BitSet(text.length());
    for (PhoneNumberMatch number : PhoneNumberUtil.getInstance().findNumbers(text, region)) {
      marked.set(number.start(), number.end());
    }
    int position = 0;
    while (position < text.length()) {
      BidiRun run = bidi.getLogicalRun(position);
      int limit = run.getLimit();
      if (run.isEvenRun() && holdsLeftToRight(text, position, limit)) {
        marked.set(position, limit);
      }
      position = limit;
    }
    return marked;
  }

  private static boolean someRightToLeft(Bidi bidi, int start, int end) {
    for (int i = start; i < end; i++) {
      if ((bidi.getLevelAt(i) & 1) == 1) {
        return true;
      }
    }
    return false;
  }

  private static boolean holdsLeftToRight(String text, int start, int limit) {
    return text.substring(start, limit).codePoints().map(UCharacter::getDirection)
        .anyMatch(d -> d == UCharacterDirection.LEFT_TO_RIGHT || d == UCharacterDirection.EUROPEAN_NUMBER);
  }
}
