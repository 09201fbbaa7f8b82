package org.safeguarding.bulletin.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.render.internal.PaletteContrast;

/**
 * How a bulletin looks: its colours for light and dark colour schemes, and an optional house logo.
 * A theme whose text would be hard to read cannot be made: every text colour has a contrast of at
 * least 4.5:1 with its background, and borders and the header band at least 3:1 with the page
 * (WCAG 2.2 success criteria 1.4.3 and 1.4.11).
 *
 * <pre>{@code
 * Theme purple = Theme.builder()
 *     .light(Palette.light().with(ColourRole.BRAND, "#4c2c92"))
 *     .build();
 * }</pre>
 *
 * @param light the colours for a light colour scheme, the default
 * @param dark the colours where the reader's system asks for a dark colour scheme
 * @param logo the logo shown when the bulletin's publisher has none, if any
 */
public record Theme(Palette light, Palette dark, @Nullable BrandLogo logo) {

  /**
   * Checks the contrast of every pair of colours in both palettes.
   *
   * @throws IllegalArgumentException naming each pair whose contrast is too low, with its ratio
   */
  public Theme {
    Objects.requireNonNull(light, "light");
    Objects.requireNonNull(dark, "dark");
    List<String> failures = new ArrayList<>(PaletteContrast.failures("light", light));
    failures.addAll(PaletteContrast.failures("dark", dark));
    if (!failures.isEmpty()) {
      throw new IllegalArgumentException("theme: " + failures.size()
          + (failures.size() == 1 ? " pair of colours has" : " pairs of colours have")
          + " too little contrast\n" + String.join("\n", failures));
    }
  }

  /** The standard theme: {@link Palette#light()}, {@link Palette#dark()} and no logo. */
  public static Theme standard() {
    return new Theme(Palette.light(), Palette.dark(), null);
  }

  /** A new builder, starting from the standard theme. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Theme}. */
  public static final class Builder {
    private Palette light = Palette.light();
    private Palette dark = Palette.dark();
    private @Nullable BrandLogo logo;

    private Builder() {}

    /** The light palette; {@link Palette#light()} by default. */
    public Builder light(Palette light) {
      this.light = Objects.requireNonNull(light, "light");
      return this;
    }

    /** The dark palette; {@link Palette#dark()} by default. */
    public Builder dark(Palette dark) {
      this.dark = Objects.requireNonNull(dark, "dark");
      return this;
    }

    /** The house logo, shown when a bulletin's publisher has none; none by default. */
    public Builder logo(BrandLogo logo) {
      this.logo = Objects.requireNonNull(logo, "logo");
      return this;
    }

    /**
     * Builds the theme.
     *
     * @throws IllegalArgumentException naming each pair of colours whose contrast is too low, with
     *     its ratio and the ratio it needs
     */
    public Theme build() {
      return new Theme(light, dark, logo);
    }
  }
}
