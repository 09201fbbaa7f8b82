package org.safeguarding.bulletin.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Paragraph;

/**
 * In a right-to-left bulletin's pages, what reads left to right inside the text (a phone number of
 * several groups, a Latin acronym or name, an address) is isolated, so that the Arabic around it
 * cannot reorder it; the text itself stays the model's.
 */
class LeftToRightIsolationTest {
  private static final String NUMBER = "0808 800 5000";

  @Test
  void isolatesTheNumberAndTheAcronymInsideArabicText() {
    Bulletin arabic = Fixtures.read(Fixtures.ARABIC);
    Document page = Jsoup.parse(Fixtures.page(Fixtures.ARABIC));

    Element paragraph = page.selectFirst(".section__body > p");
    assertThat(paragraph.select("bdi[dir=ltr]")).extracting(Element::text).containsExactly("NSPCC", NUMBER);
    assertThat(paragraph.text()).isEqualTo(((Paragraph) arabic.sections().get(0).content().get(0)).text().plainText());
    assertThat(page.select(".callout__text bdi[dir=ltr]")).extracting(Element::text).containsExactly("999");
    assertThat(page.select(".contact__name bdi[dir=ltr]")).extracting(Element::text)
        .containsExactly("West Midlands Police", "NSPCC");
  }

  @Test
  void givesLinksToAddressesAndNumbersTheirOwnDirection() {
    Document page = Jsoup.parse(EasyReadHtmlRenderer.create().render(Fixtures.read(Fixtures.ARABIC)));

    List<Element> links = page.select(".contact a");
    assertThat(links).extracting(Element::text).contains(NUMBER, "help@nspcc.org.uk");
    assertThat(links).allSatisfy(link -> assertThat(link.attr("dir")).as(link.text()).isEqualTo("ltr"));
  }

  @Test
  void leavesALeftToRightBulletinsTextAsItIs() {
    Document page = Jsoup.parse(Fixtures.page(Fixtures.EXAMPLE));
    Document easyRead = Jsoup.parse(EasyReadHtmlRenderer.create().render(Fixtures.read(Fixtures.EXAMPLE)));

    assertThat(page.select("bdi")).allSatisfy(bdi -> assertThat(bdi.parent().hasClass("phone__number")).isTrue());
    assertThat(easyRead.select("bdi, body [dir]")).isEmpty();
  }
}
