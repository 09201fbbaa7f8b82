package org.safeguarding.bulletin.render.internal.page;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Function;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.render.Theme;
import org.safeguarding.bulletin.render.internal.Validation;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadModel;
import org.safeguarding.bulletin.wording.Wording;

/**
 * The pages made for a screen, as the HTML renderers write them: the bulletin's page and its Easy
 * Read page, each with its style sheet inline and its pictures as {@code data:} addresses. The print
 * versions of the same pages are {@link PrintPage}'s.
 */
public final class ScreenPage {
  private ScreenPage() {}

  /**
   * The page of a valid {@code bulletin} as text, with {@code css} in its {@code <style>} element.
   *
   * @param wording the library's words in the bulletin's language (or English)
   * @param svgs the artwork of each section's picture as an SVG document, where there is one
   * @param validation where the publisher's logo is read from; without a base directory the theme's
   *     logo, if any, is shown instead
   * @throws IOException if the publisher's logo cannot be read
   */
  public static String bulletin(Bulletin bulletin, Wording wording, String css,
      Function<Pictogram, Optional<String>> svgs, Theme theme, Validation validation) throws IOException {
    Function<Pictogram, Optional<PageImage>> pictures =
        pictogram -> svgs.apply(pictogram).map(svg -> new PageImage(DataUri.svg(svg), pictogram.altText()));
    return PageText.of(new HtmlPage(bulletin, wording, css, pictures, PageLogo.of(bulletin, theme, validation), false)
        .build());
  }

  /**
   * The Easy Read page {@code model} of a valid {@code bulletin} as text, with {@code css} in its
   * {@code <style>} element.
   *
   * @param svgs the artwork of each picture as an SVG document
   */
  public static String easyRead(Bulletin bulletin, EasyReadModel model, String css, Function<Pictogram, String> svgs) {
    return PageText.of(new EasyReadPage(bulletin, model, css,
        pictogram -> new PageImage(DataUri.svg(svgs.apply(pictogram)), pictogram.altText()), false).build());
  }
}
