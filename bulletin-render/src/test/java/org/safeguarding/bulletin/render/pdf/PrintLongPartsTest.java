package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.PageSize;
import org.safeguarding.bulletin.render.html.EasyReadHtmlRenderer;

/** A part of the Easy Read PDF taller than a page is marked to break where it falls, its heading kept with its first row. */
class PrintLongPartsTest {

  @Test
  void marksOnlyTheExamplesHardWordsAsLong() throws IOException {
    Document page = easyRead(TestBulletins.example());

    PrintLongParts.mark(page, PageSize.A4);

    // Seven hard words, most of two or three lines: a page and a line in the PDF.
    Element hardWords = page.getElementById("hard-words");
    assertThat(hardWords.hasClass(PrintLongParts.LONG)).isTrue();
    assertThat(hardWords.selectFirst(".part__heading").attr("style")).startsWith("-fs-page-break-min-height: ");
    assertThat(page.select("section.part").not("#hard-words")).isNotEmpty().allSatisfy(part -> {
      assertThat(PrintLongParts.height(part)).as(part.id()).isLessThan(PageHeight.inside(PageSize.A4, PrintLongParts.MARGINS));
      assertThat(part.hasClass(PrintLongParts.LONG)).as(part.id()).isFalse();
      assertThat(part.selectFirst(".part__heading").hasAttr("style")).as(part.id()).isFalse();
    });
  }

  @Test
  void marksNineteenContactsAsLongAndAsksRoomForTheHeadingAndTheFirstContact() throws IOException {
    Document page = easyRead(TestBulletins.manyContacts());

    PrintLongParts.mark(page, PageSize.A4);

    Element contacts = page.getElementById("contacts");
    assertThat(PrintLongParts.height(contacts)).isGreaterThan(2 * PageHeight.inside(PageSize.A4, PrintLongParts.MARGINS));
    assertThat(contacts.hasClass(PrintLongParts.LONG)).isTrue();
    // The heading's line and the space under it, and the emergency contact's row: its flag, name
    // and 22pt number beside the picture's 66pt.
    double firstRow = PrintLongParts.itemHeight(contacts.selectFirst("li.row"));
    assertThat(firstRow).isGreaterThan(66);
    assertThat(contacts.selectFirst(".part__heading").attr("style"))
        .isEqualTo("-fs-page-break-min-height: " + (int) Math.ceil(22.05 * 1.25 + 11 + firstRow) + "pt");
  }

  @Test
  void estimatesARowByItsLinesAndNeverUnderItsPicture() {
    Element rows = Jsoup.parse("<ul class=\"rows\">"
        + "<li class=\"row\"><img class=\"row__picture\"><div class=\"row__words\"><p>Short.</p></div></li>"
        + "<li class=\"row\"><img class=\"row__picture\"><div class=\"row__words\"><p>"
        + "ninewords ".repeat(24) + "</p><p>A second paragraph.</p></div></li></ul>").selectFirst("ul");

    // The short row is as tall as its picture; the long one has 24 words of 9 letters, four to a
    // line of 40 characters, and a second paragraph: 7 lines of 23.2pt, the space between the
    // paragraphs and above the words.
    assertThat(PrintLongParts.itemHeight(rows.child(0))).isEqualTo(66 + 11);
    assertThat(PrintLongParts.itemHeight(rows.child(1))).isCloseTo(4 + 7 * 23.2 + 4.4 + 11,
        org.assertj.core.data.Offset.offset(0.01));
  }

  /** The Easy Read page of {@code bulletin}, built by the same code as the print page. */
  private static Document easyRead(Bulletin bulletin) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EasyReadHtmlRenderer.create().render(bulletin, out);
    return Jsoup.parse(out.toString(StandardCharsets.UTF_8));
  }
}
