package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The height each row of risk cards asks to have left on a page before it starts. */
class PrintRiskRowsTest {

  @Test
  void givesEveryCardOfARowTheHeightOfItsTallestCard() {
    Document page = Jsoup.parse("""
        <ul class="risk-list">
         <li class="risk"><strong class="risk__name">Bullying</strong></li>
         <li class="risk"><strong class="risk__name">Domestic Abuse</strong>
          <p class="risk__includes-label">Domestic Abuse includes:</p>
          <ul class="risk__includes"><li>Stalking</li><li>Honour Based Abuse</li><li>Forced Marriage</li></ul></li>
         <li class="risk"><strong class="risk__name">Hate Crime</strong></li>
         <li class="risk"><strong class="risk__name">Frauds and Scams</strong></li>
        </ul>""");

    PrintRiskRows.add(page);

    Element[] cards = page.select("li.risk").toArray(Element[]::new);
    // The first row: padding, borders and the space above (15.2pt), a name, a label of two lines and
    // three items of one line each (17.5pt a line), and the space around the label (3.9pt).
    assertThat(cards[0].attr("style")).isEqualTo("-fs-page-break-min-height: 125pt");
    assertThat(cards[1].attr("style")).isEqualTo(cards[0].attr("style"));
    assertThat(cards[2].attr("style")).isEqualTo(cards[0].attr("style"));
    // The second row, a short card alone, asks for little.
    assertThat(cards[3].attr("style")).isEqualTo("-fs-page-break-min-height: 33pt");
    assertThat(page.select(".risk__includes li").eachAttr("style")).isEmpty();
  }
}
