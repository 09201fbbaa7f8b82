package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.Paragraph;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.testing.Fixtures;

/**
 * No page shows an empty box, and no heading is the last thing on a page. Every shaded or bordered
 * box that a page draws (see {@link PageBoxes}) has at least one glyph or picture inside it on that
 * page. A box that breaks across pages and
 * leaves only its top, its padding or its border at the foot of a page, or only its foot at the top
 * of the next, fails. For the example, every valid fixture the PDF can show, forty pages, long
 * words, and boxes brought to the foot of a page; and on PDFs drawn by hand, to show that it fails.
 */
class EmptyBoxTest {

  static Stream<Arguments> bulletins() {
    List<Arguments> all = new ArrayList<>(TestBulletins.named());
    List<Object> bulletins = all.stream().map(arguments -> arguments.get()[1]).toList();
    for (String resource : Fixtures.jsonFiles(Fixtures.VALID)) {
      String name = resource.substring(resource.lastIndexOf('/') + 1, resource.length() - ".json".length());
      Bulletin bulletin = Fixtures.valid(name);
      // A script the PDF refuses (ScriptSupportTest checks the refusal) has no pages to look at.
      if (!bulletins.contains(bulletin) && Pdfs.RENDERER.problems(bulletin).isEmpty()) {
        all.add(Arguments.of(name + " (fixture)", bulletin));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bulletins")
  void noPageShowsAnEmptyBox(String name, Bulletin bulletin) throws IOException {
    assertThat(emptyBoxes(Pdfs.render(name, bulletin))).as("empty boxes in the PDF of %s", name).isEmpty();
  }

  /**
   * No heading is the last thing on a page: the first text that the tags read after a heading's
   * (a picture beside the heading aside) is on the heading's page. A contacts box taller than a page
   * once left its section's heading and picture alone on a page.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("bulletins")
  void noHeadingIsLastOnAPage(String name, Bulletin bulletin) throws IOException {
    try (PDDocument pdf = PdfStructure.load(Pdfs.render(name, bulletin))) {
      assertThat(PdfStructure.headingsLastOnAPage(pdf)).as("headings last on a page of %s", name).isEmpty();
    }
  }

  /**
   * A Welsh bulletin of two sections, a contacts box and a one-entry glossary, its first section
   * one to fourteen paragraphs long, so that the contacts box and the glossary panel come to the
   * foot of the first page at some length: without "page-break-inside: avoid" on the panel, the
   * panel's shading stays alone at the foot of page 1 at nine paragraphs (seen 5 December 2026).
   */
  @ParameterizedTest(name = "{0} paragraphs")
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14})
  void noBoxIsLeftEmptyAtTheFootOfAPage(int paragraphs) throws IOException {
    Section.Builder first = Section.builder("Adran un");
    for (int i = 0; i < paragraphs; i++) {
      first.add(new Paragraph(InlineText.parse("Mae hwn yn baragraff hir am ddiogelu, sy'n llenwi'r dudalen gyda "
          + "geiriau Cymraeg a mwy o eiriau, fel bod y panel yn dechrau ar waelod y dudalen.")));
    }
    Bulletin bulletin = Bulletin.builder("foot-" + paragraphs).language("cy").layout(Layout.FREE).title("Prawf")
        .publisher(new Publisher("Partneriaeth", null, null)).published(LocalDate.of(2026, 11, 27))
        .contact(Contact.builder("police", "Heddlu").phone("999").emergency(true))
        .contact(Contact.builder("children", "Plant").phone("0300 555 0050"))
        .glossary("Meithrin perthynas amhriodol", "Pan fydd rhywun yn gwneud ffrindiau er mwyn niweidio.")
        .section(first.build())
        .section(Section.builder("Adran dau").add(new Paragraph(InlineText.parse("Paragraff byr.")))
            .add(new ContactsBlock(List.of("police", "children"), null)))
        .build();

    assertThat(emptyBoxes(Pdfs.render("foot-" + paragraphs, bulletin))).as("empty boxes").isEmpty();
  }

  @Test
  void findsTheBoxesOfTheExample() throws IOException {
    try (PDDocument pdf = PdfStructure.load(Pdfs.render("example", TestBulletins.example()))) {
      long shaded = 0;
      long bordered = 0;
      for (PDPage page : pdf.getPages()) {
        List<PageBoxes.Box> boxes = PageBoxes.of(page).boxes();
        shaded += boxes.stream().filter(box -> box.how().equals("shaded")).count();
        bordered += boxes.stream().filter(box -> box.how().equals("bordered")).count();
      }
      // The band, the badges, the risk cards, the contacts and the callout are shaded; the contacts
      // box and the pictures' frames are bordered. So the test looks at real boxes.
      assertThat(shaded).as("shaded boxes").isGreaterThanOrEqualTo(20);
      assertThat(bordered).as("bordered boxes").isGreaterThanOrEqualTo(7);
    }
  }

  @Test
  void failsOnAShadedAndABorderedBoxWithNothingInside() throws IOException {
    byte[] pdf = handmade(page -> {
      page.addRect(50, 600, 200, 100);
      page.fill();
      text(page, 60, 720, "A line above the shaded box, outside it");
      page.addRect(50, 40, 2, 100); // a left border, and a right one, down to the foot of the page
      page.fill();
      page.addRect(248, 40, 2, 100);
      page.fill();
      text(page, 60, 160, "A heading left alone above the bordered box");
    });

    assertThat(emptyBoxes(pdf)).containsExactly("page 1: shaded box at x 50 to 250, y 600 to 700 (from the foot of the page)",
        "page 1: bordered box at x 50 to 250, y 40 to 140 (from the foot of the page)");
  }

  @Test
  void passesBoxesWithALineOfTextInside() throws IOException {
    byte[] pdf = handmade(page -> {
      page.addRect(50, 600, 200, 100);
      page.fill();
      page.addRect(50, 300, 2, 100);
      page.fill();
      page.addRect(248, 300, 2, 100);
      page.fill();
      text(page, 60, 650, "Inside the shaded box");
      text(page, 60, 350, "Inside the bordered box");
    });

    assertThat(emptyBoxes(pdf)).isEmpty();
  }

  /** Each empty box, as "page N: ...". */
  private static List<String> emptyBoxes(byte[] bytes) throws IOException {
    List<String> empty = new ArrayList<>();
    try (PDDocument pdf = PdfStructure.load(bytes)) {
      int number = 0;
      for (PDPage page : pdf.getPages()) {
        number++;
        for (PageBoxes.Box box : PageBoxes.of(page).empty()) {
          empty.add("page " + number + ": " + box);
        }
      }
    }
    return empty;
  }

  private interface Drawing {
    void draw(PDPageContentStream page) throws IOException;
  }

  /** A one-page A4 PDF drawn with PDFBox, the shapes in grey. */
  private static byte[] handmade(Drawing drawing) throws IOException {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      pdf.addPage(page);
      try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
        content.setNonStrokingColor(0.9f, 0.9f, 0.9f);
        drawing.draw(content);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      pdf.save(out);
      return out.toByteArray();
    }
  }

  private static void text(PDPageContentStream page, float x, float y, String text) throws IOException {
    page.setNonStrokingColor(0f, 0f, 0f);
    page.beginText();
    page.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
    page.newLineAtOffset(x, y);
    page.showText(text);
    page.endText();
    page.setNonStrokingColor(0.9f, 0.9f, 0.9f);
  }
}
