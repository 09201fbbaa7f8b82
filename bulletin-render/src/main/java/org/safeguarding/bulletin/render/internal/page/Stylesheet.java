package org.safeguarding.bulletin.render.internal.page;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.safeguarding.bulletin.render.ColourRole;
import org.safeguarding.bulletin.render.Palette;
import org.safeguarding.bulletin.render.Theme;

/**
 * The pages' style sheets: the theme's colours as CSS custom properties, then {@code
 * page-common.css} (what both pages share), then {@code bulletin.css} (the bulletin's page) or
 * {@code easy-read.css} (the Easy Read page), each read from the jar once.
 * The PDF renderers derive their style sheets from {@link #screen()} and {@link #easyReadScreen()}.
 */
public final class Stylesheet {
  private static final String COMMON_RESOURCE = "page-common.css";
  private static final String COMMON = resource(Stylesheet.class, COMMON_RESOURCE);
  private static final String SCREEN_RESOURCE = "bulletin.css";
  private static final String SCREEN = resource(Stylesheet.class, SCREEN_RESOURCE);
  private static final String EASY_READ_RESOURCE = "easy-read.css";
  private static final String EASY_READ = resource(Stylesheet.class, EASY_READ_RESOURCE);

  private Stylesheet() {}

  /** The complete style sheet of the bulletin's page for {@code theme}. */
  public static String css(Theme theme) {
    return colours(theme) + screen();
  }

  /**
   * The style sheet of the bulletin's page without the theme's colours, which it uses as {@code
   * var(--name)} of the colour roles: the page declares them as custom properties, the PDF puts in
   * their values.
   */
  public static String screen() {
    return COMMON + SCREEN;
  }

  /** The complete style sheet of the Easy Read page for {@code theme}. */
  public static String easyRead(Theme theme) {
    return colours(theme) + easyReadScreen();
  }

  /** The style sheet of the Easy Read page without the theme's colours, as {@link #screen()} is. */
  public static String easyReadScreen() {
    return COMMON + EASY_READ;
  }

  /** The theme's colours, light and dark, as custom properties. */
  private static String colours(Theme theme) {
    return ":root {\n" + properties(theme.light())
        + "}\n@media (prefers-color-scheme: dark) {\n  :root {\n" + properties(theme.dark())
        + "  }\n}\n";
  }

  /** One custom property per colour role. The colours are checked {@code #rrggbb} values. */
  private static String properties(Palette palette) {
    StringBuilder css = new StringBuilder();
    for (ColourRole role : ColourRole.values()) {
      css.append("    --").append(role.cssName()).append(": ").append(palette.colour(role)).append(";\n");
    }
    return css.toString();
  }

  /** The style sheet {@code name} beside {@code owner} in the jar, the screen's or the PDF's, as UTF-8 text. */
  public static String resource(Class<?> owner, String name) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the style sheet is missing from the jar: " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the style sheet " + name, e);
    }
  }
}
