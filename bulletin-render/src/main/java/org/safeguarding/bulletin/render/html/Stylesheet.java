package org.safeguarding.bulletin.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.safeguarding.bulletin.render.ColourRole;
import org.safeguarding.bulletin.render.Palette;
import org.safeguarding.bulletin.render.Theme;

/**
 * The page's style sheet: the theme's colours as CSS custom properties, then {@code bulletin.css},
 * which is read from the jar once.
 */
final class Stylesheet {
  private static final String RESOURCE = "bulletin.css";
  private static final String BASE = load();

  private Stylesheet() {}

  /** The complete style sheet for {@code theme}. */
  static String css(Theme theme) {
    return ":root {\n" + properties(theme.light())
        + "}\n@media (prefers-color-scheme: dark) {\n  :root {\n" + properties(theme.dark())
        + "  }\n}\n" + BASE;
  }

  /** One custom property per colour role. The colours are checked {@code #rrggbb} values. */
  private static String properties(Palette palette) {
    StringBuilder css = new StringBuilder();
    for (ColourRole role : ColourRole.values()) {
      css.append("    --").append(role.cssName()).append(": ").append(palette.colour(role)).append(";\n");
    }
    return css.toString();
  }

  private static String load() {
    try (InputStream in = Stylesheet.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the style sheet is missing from the jar: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the style sheet " + RESOURCE, e);
    }
  }
}
