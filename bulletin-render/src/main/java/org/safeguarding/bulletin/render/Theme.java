package org.safeguarding.bulletin.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.render.internal.PaletteContrast;

/**
 * How a bulletin looks in every output: its colours for light and dark colour schemes (the page; the
 * PDF takes the light ones), the colours of the Easy Read Word document, and an optional house logo.
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
 * @param document the colours of the Easy Read Word document: its text ({@link ColourRole#TEXT}),
 *     headings ({@link ColourRole#BRAND}) and links ({@link ColourRole#LINK})
 * @param logo the logo shown when the bulletin's publisher has none, if any
 */
public record Theme(Palette light, Palette dark, Palette document, @Nullable BrandLogo logo) {

  /**
   * Checks the contrast of every pair of colours in the three palettes (the document's once, where it
   * is the light palette).
   *
   * @throws IllegalArgumentException naming each pair whose contrast is too low, with its ratio
   */
  public Theme {
    Objects.requireNonNull(light, "light");
    Objects.requireNonNull(dark, "dark");
    Objects.requireNonNull(document, "document");
    List<String> failures = new ArrayList<>(PaletteContrast.failures("light", light));
    failures.addAll(PaletteContrast.failures("dark", dark));
    if (!document.equals(light)) {
      failures.addAll(PaletteContrast.failures("document", document));
    }
    if (!failures.isEmpty()) {
      throw new IllegalArgumentException("theme: " + failures.size()
          + (failures.size() == 1 ? " pair of colours has" : " pairs of colours have")
          + " too little contrast\n" + String.join("\n", failures));
    }
  }

  /**
   * A theme whose document colours follow {@code light}: {@link Palette#document()} while {@code
   * light} is the standard {@link Palette#light()}, else {@code light} itself, so that a theme with
   * its own light colours gives the Easy Read document the same ones.
   *
   * @throws IllegalArgumentException naming each pair of colours whose contrast is too low
   */
  public Theme(Palette light, Palette dark, @Nullable BrandLogo logo) {
    this(light, dark, documentFor(light), logo);
  }

  /** The standard theme: {@link Palette#light()}, {@link Palette#dark()}, {@link Palette#document()} and no logo. */
  public static Theme standard() {
    return new Theme(Palette.light(), Palette.dark(), Palette.document(), null);
  }

  private static Palette documentFor(Palette light) {
    return Objects.requireNonNull(light, "light").equals(Palette.light()) ? Palette.document() : light;
  }

  /** A new builder, starting from the standard theme. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Theme}. */
  public static final class Builder {
    private Palette light = Palette.light();
    private Palette dark = Palette.dark();
    private @Nullable Palette document;
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

    /**
     * The colours of the Easy Read Word document: its text, headings ({@link ColourRole#BRAND}) and
     * links. By default {@link Palette#document()} while the light palette is the standard one,
     * else the light palette, so that a theme with its own light colours gives the document the same.
     */
    public Builder document(Palette document) {
      this.document = Objects.requireNonNull(document, "document");
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
      return document == null ? new Theme(light, dark, logo) : new Theme(light, dark, document, logo);
    }
  }
}
