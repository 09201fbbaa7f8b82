package org.safeguarding.bulletin.render.internal.page;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.safeguarding.bulletin.wording.Wording;
import org.jsoup.nodes.Element;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadModel;
import org.safeguarding.bulletin.model.GlossaryEntry;
import org.safeguarding.bulletin.render.Companions;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.render.internal.Validation;

/**
 * The pages of {@link ScreenPage} made for print: the same structure, built by the same code, less
 * the skip link, the contents and the callout icons' glyphs, with one bookmark per section in the
 * head and the style the caller gives in its {@code <style>} element. The PDF renderers lay them
 * out, so that the layout is decided once.
 */
public final class PrintPage {
  private PrintPage() {}

  /**
   * The print page of a valid {@code bulletin}, in the words of {@code options}, its {@code <style>}
   * element empty, and each section's picture as a PNG drawn from the same SVG as the HTML page's
   * (the PDF renderer cannot draw SVG), flattened onto white, named by a {@link PrintPictures#SCHEME}
   * address that {@code pictures} serves.
   *
   * @param validation where the publisher's logo is read from; without a base directory the theme's
   *     logo, if any, is shown instead
   * @param companions the files made with the PDF: its footer names their web page
   * @throws IOException if the publisher's logo cannot be read
   * @throws IllegalArgumentException if the theme's logo is an SVG image, which print cannot show
   */
  public static Document build(Bulletin bulletin, RenderOptions options, Validation validation,
      PrintPictures pictures, Companions companions) throws IOException {
    PageImage logo = PageLogo.of(bulletin, options.theme(), validation);
    if (logo != null && logo.source().startsWith("data:image/svg+xml")) {
      throw new IllegalArgumentException(
          "logo: expected a PNG or JPEG image for print, found SVG ('" + logo.alt() + "')");
    }
    Wording wording = options.wording(bulletin);
    Document page = new HtmlPage(bulletin, wording, "", p -> Optional.of(pictures.image(p, wording.altText(p))), logo,
        true, companions).build();
    describe(page, bulletin);
    emptyIcons(page);
    return page;
  }

  /**
   * Empties the callout icons, which the print style sheet draws as shapes: the PDF writes shapes
   * as artifacts, but a glyph as text, which a screen reader would read aloud ("! Urgent") where the
   * HTML page hides it.
   */
  private static void emptyIcons(Document page) {
    page.select(".callout__icon").forEach(Element::empty);
  }

  /**
   * The print page of the Easy Read version {@code model} of a valid {@code bulletin}: the same
   * structure as {@link ScreenPage#easyRead}'s, built by the same code, its {@code <style>}
   * element empty, one bookmark per part and the pictures named by addresses that {@code pictures}
   * serves, as in {@link #build}.
   */
  public static Document easyRead(Bulletin bulletin, EasyReadModel model, PrintPictures pictures) {
    Document page = new EasyReadPage(bulletin, model, "", p -> pictures.image(p, model.altText(p)), true).build();
    describe(page, bulletin);
    return page;
  }

  /**
   * Gives every link a title (its words), which becomes the alternate description (Contents) that
   * PDF/UA asks of a link annotation, and every abbreviation a title (its glossary meaning), which
   * becomes its expansion. On screen a title only repeats what is shown, so only print has them.
   */
  private static void describe(Document page, Bulletin bulletin) {
    for (Element link : page.select("a[href]:not([title])")) {
      link.attr("title", link.text());
    }
    Map<String, String> meanings = new HashMap<>();
    for (GlossaryEntry entry : bulletin.glossary()) {
      meanings.put(entry.term(), entry.meaning());
    }
    for (Element abbreviation : page.select("abbr:not([title])")) {
      String meaning = meanings.get(abbreviation.text());
      if (meaning != null) {
        abbreviation.attr("title", meaning);
      }
    }
  }
}
