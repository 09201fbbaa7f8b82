package org.safeguarding.bulletin.render.html;

import java.util.Optional;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.render.pictogram.PictogramSet;

/**
 * Where the artwork of pictograms comes from. The HTML renderer shows a section's pictogram beside
 * its heading wherever the source has artwork for it, as an image whose text alternative is the
 * pictogram's in the bulletin's language ({@link org.safeguarding.bulletin.wording.Wording#altText});
 * where it has none, the section has no picture.
 *
 * <pre>{@code
 * PictogramSource artwork = pictogram -> Optional.ofNullable(svgByName.get(pictogram.jsonName()));
 * HtmlRenderer renderer = HtmlRenderer.builder().pictograms(artwork).build();
 * }</pre>
 *
 * <p>Implementations must be thread-safe and return the same artwork every time.
 */
@FunctionalInterface
public interface PictogramSource {

  /** The artwork for {@code pictogram} as a complete SVG document, if there is any. */
  Optional<String> svg(Pictogram pictogram);

  /** A source with no artwork at all. */
  static PictogramSource none() {
    return pictogram -> Optional.empty();
  }

  /** The artwork of {@code set}, the same pictures the Easy Read document shows. */
  static PictogramSource of(PictogramSet set) {
    return pictogram -> Optional.of(set.picture(pictogram).svgText());
  }

  /** The library's built-in pictures; the default. */
  static PictogramSource builtIn() {
    return of(PictogramSet.builtIn());
  }
}
