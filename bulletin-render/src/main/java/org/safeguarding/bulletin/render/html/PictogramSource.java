package org.safeguarding.bulletin.render.html;

import java.util.Optional;
import org.safeguarding.bulletin.model.Pictogram;

/**
 * Where the artwork of pictograms comes from. The HTML renderer shows a section's pictogram beside
 * its heading wherever the source has artwork for it, as an image whose text alternative is {@link
 * Pictogram#altText()}; where it has none, the section has no picture.
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

  /** A source with no artwork at all; the default until the built-in set exists. */
  static PictogramSource none() {
    return pictogram -> Optional.empty();
  }
}
