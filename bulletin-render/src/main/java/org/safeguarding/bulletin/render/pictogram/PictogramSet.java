package org.safeguarding.bulletin.render.pictogram;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.Pictogram;

/**
 * The pictures that renderers show beside Easy Read points and contacts: the library's built-in
 * set, plus any pictures a caller adds or replaces.
 *
 * <p>The built-in set has one picture for each {@link Pictogram}, with that pictogram's {@link
 * Pictogram#altText() alt text}. Its artwork is adapted from Material Symbols (Apache License 2.0);
 * see the {@code NOTICE} file beside the SVG resources. A set is immutable and thread-safe: build it
 * once and give it to every renderer.
 *
 * <pre>{@code
 * PictogramSet ours = PictogramSet.builder()
 *     .put(Pictogram.POLICE, Files.readAllBytes(Path.of("our-police.svg")), "A police officer")
 *     .build();
 * String svg = ours.picture(Pictogram.POLICE).svgText();
 * }</pre>
 */
public final class PictogramSet {
  private static final String RESOURCES = "/org/safeguarding/bulletin/render/pictogram/";
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Map<String, Picture> pictures;

  private PictogramSet(Map<String, Picture> pictures) {
    this.pictures = Collections.unmodifiableMap(new TreeMap<>(pictures));
  }

  /** The built-in set: one picture for each {@link Pictogram}. The same instance every time. */
  public static PictogramSet builtIn() {
    return BuiltIn.SET;
  }

  /** A builder that starts from the built-in set. */
  public static Builder builder() {
    return new Builder(builtIn().pictures);
  }

  /** A builder that starts from this set's pictures. */
  public Builder toBuilder() {
    return new Builder(pictures);
  }

  /** The picture for a pictogram; every set has one for each {@link Pictogram}. */
  public Picture picture(Pictogram pictogram) {
    return Objects.requireNonNull(pictures.get(pictogram.jsonName()), pictogram::jsonName);
  }

  /** The picture called {@code name}, if the set has one. */
  public Optional<Picture> find(String name) {
    return Optional.ofNullable(pictures.get(name));
  }

  /** Every picture's name, in alphabetical order. */
  public SortedSet<String> names() {
    return Collections.unmodifiableSortedSet(new TreeSet<>(pictures.keySet()));
  }

  /** Builds a {@link PictogramSet}: later pictures with the same name replace earlier ones. */
  public static final class Builder {
    private final Map<String, Picture> pictures;

    private Builder(Map<String, Picture> start) {
      this.pictures = new TreeMap<>(start);
    }

    /**
     * Adds a picture, or replaces the one with the same name.
     *
     * @param name the picture's name, lower-case words joined by hyphens, for example {@code bus-stop}
     * @param svg the artwork as SVG (UTF-8); it may not load scripts or external files
     * @param altText the text that stands in for the picture
     * @throws IllegalArgumentException if the name is not lower-case words joined by hyphens, the alt
     *     text is blank, or the SVG cannot be drawn
     */
    public Builder put(String name, byte[] svg, String altText) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(svg, "svg");
      Objects.requireNonNull(altText, "altText");
      if (!NAME.matcher(name).matches()) {
        throw new IllegalArgumentException(
            "name: expected lower-case words joined by hyphens, found '" + name + "'");
      }
      if (altText.isBlank()) {
        throw new IllegalArgumentException("altText: picture '" + name + "' needs alt text");
      }
      Picture picture = new Picture(name, svg, altText);
      try {
        picture.png();
      } catch (IllegalStateException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      pictures.put(name, picture);
      return this;
    }

    /**
     * Replaces a built-in pictogram's picture, with new alt text.
     *
     * @throws IllegalArgumentException if the alt text is blank or the SVG cannot be drawn
     */
    public Builder put(Pictogram pictogram, byte[] svg, String altText) {
      return put(pictogram.jsonName(), svg, altText);
    }

    /** Builds the set. */
    public PictogramSet build() {
      return new PictogramSet(pictures);
    }
  }

  /**
   * The built-in set, loaded from the class path the first time it is used: each picture's SVG, and
   * the PNG drawn from it when the library was built.
   */
  private static final class BuiltIn {
    static final PictogramSet SET = load();

    private static PictogramSet load() {
      Map<String, Picture> pictures = new TreeMap<>();
      for (Pictogram pictogram : Pictogram.values()) {
        String name = pictogram.jsonName();
        pictures.put(name, new Picture(name, resource(name + ".svg"), pictogram.altText(), optionalResource(name + ".png")));
      }
      return new PictogramSet(pictures);
    }

    private static byte[] resource(String file) {
      byte[] bytes = optionalResource(file);
      if (bytes == null) {
        throw new IllegalStateException("built-in pictogram missing from the class path: " + RESOURCES + file);
      }
      return bytes;
    }

    /** The resource's bytes; none for a PNG not drawn yet, which is then drawn when first used. */
    private static byte @Nullable [] optionalResource(String file) {
      try (InputStream in = PictogramSet.class.getResourceAsStream(RESOURCES + file)) {
        return in == null ? null : in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read built-in pictogram " + file, e);
      }
    }
  }
}
