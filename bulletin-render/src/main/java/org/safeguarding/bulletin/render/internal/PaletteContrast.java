package org.safeguarding.bulletin.render.internal;

import static org.safeguarding.bulletin.render.ColourRole.ACCENT;
import static org.safeguarding.bulletin.render.ColourRole.BACKGROUND;
import static org.safeguarding.bulletin.render.ColourRole.BRAND;
import static org.safeguarding.bulletin.render.ColourRole.FOCUS;
import static org.safeguarding.bulletin.render.ColourRole.LINK;
import static org.safeguarding.bulletin.render.ColourRole.ON_BRAND;
import static org.safeguarding.bulletin.render.ColourRole.ON_FOCUS;
import static org.safeguarding.bulletin.render.ColourRole.ON_URGENT;
import static org.safeguarding.bulletin.render.ColourRole.SECONDARY_TEXT;
import static org.safeguarding.bulletin.render.ColourRole.SURFACE;
import static org.safeguarding.bulletin.render.ColourRole.TEXT;
import static org.safeguarding.bulletin.render.ColourRole.URGENT;
import static org.safeguarding.bulletin.render.ColourRole.URGENT_SURFACE;

import java.util.ArrayList;
import java.util.List;
import org.safeguarding.bulletin.render.ColourRole;
import org.safeguarding.bulletin.render.Palette;

/** The pairs of colours that every output puts one on the other, and the contrast each needs. */
public final class PaletteContrast {
  private record Pair(ColourRole foreground, ColourRole background, double minimum) {}

  private static final List<Pair> PAIRS = List.of(
      new Pair(TEXT, BACKGROUND, Contrast.TEXT),
      new Pair(SECONDARY_TEXT, BACKGROUND, Contrast.TEXT),
      new Pair(LINK, BACKGROUND, Contrast.TEXT),
      new Pair(TEXT, SURFACE, Contrast.TEXT),
      new Pair(SECONDARY_TEXT, SURFACE, Contrast.TEXT),
      new Pair(LINK, SURFACE, Contrast.TEXT),
      new Pair(ON_BRAND, BRAND, Contrast.TEXT),
      new Pair(ON_URGENT, URGENT, Contrast.TEXT),
      new Pair(TEXT, URGENT_SURFACE, Contrast.TEXT),
      new Pair(LINK, URGENT_SURFACE, Contrast.TEXT),
      new Pair(ON_FOCUS, FOCUS, Contrast.TEXT),
      new Pair(ACCENT, BACKGROUND, Contrast.NON_TEXT),
      new Pair(URGENT, BACKGROUND, Contrast.NON_TEXT),
      new Pair(BRAND, BACKGROUND, Contrast.NON_TEXT));

  private PaletteContrast() {}

  /**
   * One line for each pair of {@code palette} whose contrast is too low, for example "light palette:
   * link #6b9bd1 on background #ffffff has contrast 2.87:1, needs at least 4.5:1"; empty if none is.
   */
  public static List<String> failures(String name, Palette palette) {
    List<String> failures = new ArrayList<>();
    for (Pair pair : PAIRS) {
      String fg = palette.colour(pair.foreground());
      String bg = palette.colour(pair.background());
      double ratio = Contrast.ratio(fg, bg);
      if (ratio < pair.minimum()) {
        failures.add(name + " palette: " + pair.foreground().cssName() + " " + fg + " on "
            + pair.background().cssName() + " " + bg + " has contrast " + Contrast.format(ratio)
            + ", needs at least " + pair.minimum() + ":1");
      }
    }
    return failures;
  }
}
