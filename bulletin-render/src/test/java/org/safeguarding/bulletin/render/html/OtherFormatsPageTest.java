package org.safeguarding.bulletin.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.Companions;
import org.safeguarding.bulletin.render.OtherFormat;

/** The page's list of the bulletin's other files, given per render as {@link Companions}. */
class OtherFormatsPageTest {
  private final HtmlRenderer renderer = HtmlRenderer.create();

  @Test
  void thePageListsEachOtherFileAsALinkWithItsTypeAndSize() throws IOException {
    Bulletin bulletin = Fixtures.read(Fixtures.EXAMPLE);
    Companions companions = new Companions(null, List.of(
        new OtherFormat(OtherFormat.Kind.PDF, "online-risks-and-harms.pdf", 181_001),
        new OtherFormat(OtherFormat.Kind.EASY_READ_DOCX, "online-risks-and-harms-easy-read.docx", 95_000),
        new OtherFormat(OtherFormat.Kind.TEXT, "online-risks-and-harms.txt", 5_300)));

    Element block = Jsoup.parse(renderer.render(bulletin, companions)).selectFirst("footer div.alternative-formats");

    assertThat(block.selectFirst("p").text()).isEqualTo("This bulletin is also available:");
    assertThat(block.select("li").eachText()).containsExactly("as a PDF (PDF, 182 kB)",
        "in Easy Read (Word document, 95 kB)", "as plain text (Text, 6 kB)");
    assertThat(block.select("a").eachAttr("href")).containsExactly("online-risks-and-harms.pdf",
        "online-risks-and-harms-easy-read.docx", "online-risks-and-harms.txt");
  }

  @Test
  void withoutOtherFilesThePageIsAsRenderedAlone() throws IOException {
    Bulletin bulletin = Fixtures.read(Fixtures.EXAMPLE);
    assertThat(renderer.render(bulletin, Companions.none())).isEqualTo(renderer.render(bulletin));
    assertThat(renderer.render(bulletin, new Companions("online-risks-and-harms.html", List.of())))
        .isEqualTo(renderer.render(bulletin));
  }

  @Test
  void theWelshPageListsInWelsh() throws IOException {
    Companions companions = new Companions(null,
        List.of(new OtherFormat(OtherFormat.Kind.PDF, "welsh-free.pdf", 1_450_000)));
    assertThat(Jsoup.parse(renderer.render(Fixtures.read(Fixtures.WELSH), companions)).select("footer li").eachText())
        .containsExactly("fel PDF (PDF, 1.5 MB)");
  }

  @Test
  void aFileNameWithAFolderIsRefused() {
    assertThatThrownBy(() -> new OtherFormat(OtherFormat.Kind.PDF, "../x.pdf", 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Companions("a/b.html", List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
