package org.safeguarding.bulletin.render.internal.page;

import java.io.IOException;
import java.util.Optional;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.render.internal.PictureTexts;
import org.safeguarding.bulletin.wording.Wording;
import org.safeguarding.bulletin.render.Companions;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.render.internal.Validation;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadModel;
import org.safeguarding.bulletin.render.pictogram.PictogramSet;

/**
 * The pages made for a screen, as the HTML renderers write them: the bulletin's page and its Easy
 * Read page, each with its style sheet inline and its pictures (the options' pictogram set) as SVG
 * {@code data:} addresses. The print versions of the same pages are {@link PrintPage}'s.
 */
public final class ScreenPage {
  private ScreenPage() {}

  /**
   * The page of a valid {@code bulletin} in UTF-8, in the words of {@code options}, with {@code css}
   * in its {@code <style>} element.
   *
   * @param validation where the publisher's logo is read from; without a base directory the theme's
   *     logo, if any, is shown instead
   * @param companions the other files its footer lists
   * @throws IOException if the publisher's logo cannot be read
   */
  public static byte[] bulletin(Bulletin bulletin, RenderOptions options, Validation validation, String css,
      Companions companions) throws IOException {
    PictogramSet set = options.pictograms();
    Wording wording = options.wording(bulletin);
    return PageText.of(new HtmlPage(bulletin, wording, css, p -> Optional.of(image(set, p, wording.altText(p))),
        PageLogo.of(bulletin, options.theme(), validation), false, companions).build());
  }

  /** The Easy Read page {@code model} of a valid {@code bulletin} in UTF-8, with {@code css} in its {@code <style>} element. */
  public static byte[] easyRead(Bulletin bulletin, EasyReadModel model, RenderOptions options, String css) {
    PictogramSet set = options.pictograms();
    return PageText.of(new EasyReadPage(bulletin, model, css, p -> image(set, p, model.altText(p)), false).build());
  }

  private static PageImage image(PictogramSet set, Pictogram pictogram, String libraryText) {
    return new PageImage(DataUri.svg(set.picture(pictogram).svgText()),
        PictureTexts.altText(set, pictogram, libraryText));
  }
}
