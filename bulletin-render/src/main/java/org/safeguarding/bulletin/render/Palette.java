package org.safeguarding.bulletin.render;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One colour for each {@link ColourRole}, as {@code #rrggbb}. A palette only checks that each
 * colour is well formed; {@link Theme} checks that text is readable on its background.
 *
 * <pre>{@code
 * Palette purple = Palette.light().with(ColourRole.BRAND, "#4c2c92");
 * }</pre>
 *
 * @param colours the colour of every role, lower-case {@code #rrggbb}
 */
public record Palette(Map<ColourRole, String> colours) {

  /**
   * Checks that every role has a colour written {@code #rrggbb}, and copies the map.
   *
   * @throws IllegalArgumentException if a role has no colour, or a colour is not {@code #rrggbb}
   */
  public Palette {
    Objects.requireNonNull(colours, "colours");
    Map<ColourRole, String> copy = new EnumMap<>(ColourRole.class);
    for (ColourRole role : ColourRole.values()) {
      String colour = colours.get(role);
      if (colour == null) {
        throw new IllegalArgumentException("palette: no colour for " + role.cssName());
      }
      if (!colour.matches("#[0-9a-fA-F]{6}")) {
        throw new IllegalArgumentException(
            "palette: " + role.cssName() + ": expected a colour written #rrggbb, found '" + colour + "'");
      }
      copy.put(role, colour.toLowerCase(Locale.ROOT));
    }
    colours = Map.copyOf(copy);
  }

  /** The colour of {@code role}, as {@code #rrggbb}. */
  public String colour(ColourRole role) {
    return colours.get(Objects.requireNonNull(role, "role"));
  }

  /**
   * A copy with {@code role} in {@code colour}.
   *
   * @throws IllegalArgumentException if {@code colour} is not {@code #rrggbb}
   */
  public Palette with(ColourRole role, String colour) {
    Map<ColourRole, String> copy = new EnumMap<>(colours);
    copy.put(Objects.requireNonNull(role, "role"), Objects.requireNonNull(colour, "colour"));
    return new Palette(copy);
  }

  /** The standard light palette: near-black on white, a deep blue header, red for urgent notes. */
  public static Palette light() {
    return of(
        "#0b0c0c", "#484949", "#ffffff", "#f2f5f9", "#1d3f6e", "#ffffff", "#5b7393",
        "#1a5490", "#b10e1e", "#ffffff", "#fdf1f1", "#ffdd00", "#0b0c0c");
  }

  /**
   * The standard palette of the Easy Read Word document: the light palette with its headings
   * ({@link ColourRole#BRAND}) in a darker navy, {@code #12263f}, and its links in GOV.UK blue,
   * {@code #1d70b8}, as Word shows them on white paper.
   */
  public static Palette document() {
    return light().with(ColourRole.BRAND, "#12263f").with(ColourRole.LINK, "#1d70b8");
  }

  /** The standard dark palette, used where the reader's system asks for a dark colour scheme. */
  public static Palette dark() {
    return of(
        "#f3f4f6", "#c9cdd2", "#121417", "#1d2228", "#8cb8ea", "#0b0c0c", "#8a9bb3",
        "#9cc9ff", "#ff9494", "#0b0c0c", "#2e1518", "#ffdd00", "#0b0c0c");
  }

  /** A palette from the colours of every role, in the order of {@link ColourRole#values()}. */
  private static Palette of(String... colours) {
    ColourRole[] roles = ColourRole.values();
    Map<ColourRole, String> map = new EnumMap<>(ColourRole.class);
    for (int i = 0; i < roles.length; i++) {
      map.put(roles[i], colours[i]);
    }
    return new Palette(map);
  }

  @Override
  public String toString() {
    return Arrays.stream(ColourRole.values())
        .map(r -> r.cssName() + "=" + colours.get(r))
        .collect(Collectors.joining(", ", "Palette[", "]"));
  }
}
