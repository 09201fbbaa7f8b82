package org.safeguarding.bulletin.render.pictogram;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One picture of a {@link PictogramSet}: its name, its SVG artwork, the same artwork as a PNG at
 * print resolution, and the text that stands in for it.
 *
 * <p>The built-in pictures' PNGs were drawn from their SVGs when the library was built (a test checks
 * that drawing them again gives the same bytes), so using them needs no drawing at all. A caller's
 * own picture's PNG is drawn from its SVG the first time it is asked for and kept, so a set that is
 * built once and shared draws each picture at most once. Instances are immutable and thread-safe.
 */
public final class Picture {
  /** The width and height of {@link #png()} in pixels: 3 cm at 300 dots per inch. */
  public static final int PNG_SIZE_PIXELS = 354;

  private final String name;
  private final String altText;
  private final byte[] svg;
  /** The hash code, worked out once: the SVG is a few kilobytes, and pictures are looked up by it. */
  private final int hash;
  private byte @Nullable [] png;

  Picture(String name, byte[] svg, String altText) {
    this(name, svg, altText, null);
  }

  /** A picture whose PNG, drawn from {@code svg} beforehand, is {@code png}. */
  Picture(String name, byte[] svg, String altText, byte @Nullable [] png) {
    this.name = Objects.requireNonNull(name, "name");
    this.svg = svg.clone();
    this.altText = Objects.requireNonNull(altText, "altText");
    this.png = png;
    this.hash = Objects.hash(name, altText, Arrays.hashCode(svg));
  }

  /** The picture's name, for example {@code phone}; built-in names are a pictogram's JSON name. */
  public String name() {
    return name;
  }

  /** The text that stands in for the picture for people who cannot see it. */
  public String altText() {
    return altText;
  }

  /** The SVG artwork, as UTF-8 bytes (a copy). */
  public byte[] svg() {
    return svg.clone();
  }

  /** The SVG artwork as text, for example to place inline in an HTML page. */
  public String svgText() {
    return new String(svg, StandardCharsets.UTF_8);
  }

  /**
   * The artwork as a square PNG of {@link #PNG_SIZE_PIXELS} pixels, drawn from {@link #svg()} (a
   * copy).
   *
   * @throws IllegalStateException if the SVG cannot be drawn
   */
  public byte[] png() {
    return pngBytes().clone();
  }

  private synchronized byte[] pngBytes() {
    byte[] drawn = png;
    if (drawn == null) {
      drawn = SvgRasteriser.toPng(name, svg, PNG_SIZE_PIXELS);
      png = drawn;
    }
    return drawn;
  }

  /** Two pictures are equal when their names, alt texts and artwork are equal. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Picture that
        && name.equals(that.name)
        && altText.equals(that.altText)
        && Arrays.equals(svg, that.svg);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return "Picture[" + name + ": " + altText + "]";
  }
}
