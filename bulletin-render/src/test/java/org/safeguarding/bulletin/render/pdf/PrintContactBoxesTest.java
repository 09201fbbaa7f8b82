package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.PageSize;
import org.safeguarding.bulletin.render.html.HtmlRenderer;

/** A contacts box taller than a page is marked to break between its rows, without its frame. */
class PrintContactBoxesTest {
  private static final List<PdfFontFamily> FONTS = List.of(PdfFontFamily.atkinsonHyperlegibleNext());

  @Test
  void leavesTheExamplesBoxWhole() throws IOException {
    Document page = contacts(TestBulletins.example());

    PrintContactBoxes.mark(page, PageSize.A4);

    assertThat(PrintContactBoxes.height(page.selectFirst("div.contacts"))).isBetween(100.0, 300.0);
    assertThat(page.select("div.contacts").hasClass(PrintContactBoxes.LONG)).isFalse();
  }

  @Test
  void marksABoxOfNineteenContactsTwoARowAsLong() throws IOException {
    Document page = contacts(TestBulletins.manyContacts());

    PrintContactBoxes.mark(page, PageSize.A4);

    assertThat(page.selectFirst("ul.contact-list").hasClass(PrintContactRows.THREE)).isFalse();
    assertThat(PrintContactBoxes.height(page.selectFirst("div.contacts")))
        .isGreaterThan(PageHeight.inside(PageSize.A4, PrintContactBoxes.MARGINS));
    assertThat(page.select("div.contacts").hasClass(PrintContactBoxes.LONG)).isTrue();
  }

  @Test
  void measuresABoxAgainstThePageItIsSetOn() {
    // Sixteen rows of two one-line cards: about 741pt, taller than a US Letter page inside its
    // margins (724pt), shorter than an A4 page (774pt).
    String cards = "<li class=\"contact\"><h3 class=\"contact__name\">A name</h3></li>".repeat(32);
    String box = "<div class=\"contacts\"><ul class=\"contact-list\">" + cards + "</ul></div>";
    Document letter = Jsoup.parse(box);
    Document a4 = Jsoup.parse(box);

    PrintContactBoxes.mark(letter, PageSize.LETTER);
    PrintContactBoxes.mark(a4, PageSize.A4);

    assertThat(PrintContactBoxes.height(a4.selectFirst("div.contacts"))).isBetween(724.0, 774.0);
    assertThat(letter.select("div.contacts").hasClass(PrintContactBoxes.LONG)).isTrue();
    assertThat(a4.select("div.contacts").hasClass(PrintContactBoxes.LONG)).isFalse();
  }

  @Test
  void countsTheRowsAndTheirTallestCards() {
    Document page = Jsoup.parse("<div class=\"contacts\"><ul class=\"contact-list\">"
        + "<li class=\"contact\"><h3 class=\"contact__name\">A</h3></li>"
        + "<li class=\"contact\"><h3 class=\"contact__name\">" + "Long name ".repeat(8) + "</h3></li>"
        + "<li class=\"contact\"><h3 class=\"contact__name\">C</h3></li></ul></div>");
    var box = page.selectFirst("div.contacts");
    var cards = page.select("li");
    double short1 = PrintContactBoxes.cardHeight(cards.get(0), PrintContactBoxes.CHARACTERS_A_WIDE_LINE);
    double tall = PrintContactBoxes.cardHeight(cards.get(1), PrintContactBoxes.CHARACTERS_A_WIDE_LINE);

    // Two a row: the first row as tall as its long name, the second as its one card.
    assertThat(tall).isGreaterThan(short1);
    assertThat(PrintContactBoxes.height(box) - PrintContactBoxes.height(Jsoup.parse(
        "<div class=\"contacts\"><ul class=\"contact-list\"></ul></div>").selectFirst("div.contacts")))
        .isCloseTo(tall + short1, org.assertj.core.data.Offset.offset(0.01));
  }

  /** The HTML page of {@code bulletin}, its contacts set in rows as the print page's are. */
  private static Document contacts(Bulletin bulletin) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    HtmlRenderer.create().render(bulletin, out);
    Document page = Jsoup.parse(out.toString(StandardCharsets.UTF_8));
    PrintContactRows.add(page, FONTS);
    return page;
  }
}
