package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.GlossaryEntry;
import org.safeguarding.bulletin.render.EasyReadTexts;
import org.safeguarding.bulletin.verify.pdf.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The Easy Read PDF shows every point in order, and veraPDF finds no failed rule of PDF/UA-1 or
 * PDF/A-2a in it, for the example and the fixtures the PDF can show (the forty-page bulletin is
 * left out: it adds only length).
 */
class EasyReadPdfRendererTest {
  private static final EasyReadPdfRenderer RENDERER = EasyReadPdfRenderer.of(Pdfs.RENDERER);
  /** The left margin of an Easy Read page, 18mm, in points. */
  private static final float LEFT_MARGIN = 18 * 72 / 25.4f;

  /** Every fixture but the long words, which the PDF breaks across lines, so no text search finds them whole. */
  static List<Arguments> readable() {
    return bulletins().stream().filter(a -> !"long-words".equals(a.get()[0])).toList();
  }

  static List<Arguments> bulletins() {
    return TestBulletins.named().stream().filter(a -> !"forty-pages".equals(a.get()[0])).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("readable")
  void showsEveryPointInOrder(String name, Bulletin bulletin) throws IOException {
    String text;
    try (PDDocument pdf = Loader.loadPDF(render(name, bulletin))) {
      // By position: the engine paints each row (relatively positioned, for its picture) after the
      // page's headings, so the content stream is not in reading order; the page is one column.
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(true);
      // Right to left, PDFBox rebuilds each line's order from the page with its own bidi pass, which
      // reverses a number's groups ("0808 800 5000"); the tags hold the text in reading order.
      text = bulletin.rightToLeft() ? PdfStructure.taggedText(pdf) : stripper.getText(pdf);
    }

    assertThat(EasyReadTexts.missingInOrder(text, EasyReadTexts.of(bulletin)))
        .as("points of %s missing from the Easy Read PDF, or out of order", name).isEmpty();
  }

  /** No part's heading is the last thing on a page: it stays with its first row. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("bulletins")
  void noHeadingIsLastOnAPage(String name, Bulletin bulletin) throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(name, bulletin))) {
      assertThat(PdfStructure.headingsLastOnAPage(pdf)).as("headings last on a page of %s", name).isEmpty();
    }
  }

  /**
   * A part taller than a page starts where it falls: the nineteen contacts begin under the last
   * hard word, where, moved whole to a new page, they left that page with one hard word on it.
   */
  @org.junit.jupiter.api.Test
  void startsAPartTallerThanAPageWhereItFalls() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render("many-contacts-parts", TestBulletins.manyContacts()))) {
      PdfStructure.Placed lastHardWord = PdfStructure.find(pdf, "Hard words", "Radicalisation");
      PdfStructure.Placed heading = PdfStructure.find(pdf, "Radicalisation", "Who to contact");

      assertThat(heading.page()).as("the page of the contacts' heading").isEqualTo(lastHardWord.page());
    }
  }

  /**
   * A long part's heading keeps its first row: the nineteen contacts after a first hard word made
   * longer a sentence at a time, so that the heading falls at every height near the foot of a page.
   * Without the room asked for the first row, the heading stood alone at the foot of a page for
   * six of these lengths.
   */
  @org.junit.jupiter.api.Test
  void keepsALongPartsHeadingWithItsFirstRow() throws IOException {
    Bulletin bulletin = TestBulletins.manyContacts();
    List<String> alone = new ArrayList<>();
    for (int sentences = 10; sentences <= 26; sentences++) {
      List<GlossaryEntry> glossary = new ArrayList<>(bulletin.glossary());
      GlossaryEntry first = glossary.get(0);
      glossary.set(0, new GlossaryEntry(first.term(), first.meaning() + " More words to fill the line.".repeat(sentences)));
      Bulletin longer = new Bulletin(bulletin.id(), bulletin.layout(), bulletin.language(), bulletin.region(),
          bulletin.series(), bulletin.title(), bulletin.publisher(), bulletin.published(), bulletin.summary(),
          bulletin.alternates(), bulletin.alternativeFormats(), bulletin.easyReadReview(), bulletin.risks(),
          bulletin.contacts(), glossary, bulletin.sections());
      try (PDDocument pdf = Loader.loadPDF(render("many-contacts-" + sentences, longer))) {
        PdfStructure.Placed heading = PdfStructure.find(pdf, "Hard words", "Who to contact");
        PdfStructure.Placed firstRow = PdfStructure.find(pdf, "Who to contact", "West Midlands Police");
        if (firstRow.page() != heading.page()) {
          alone.add(sentences + " sentences: the heading on page " + heading.page());
        }
      }
    }

    assertThat(alone).as("the contacts' heading alone at the foot of a page").isEmpty();
  }

  /**
   * Every part that follows a row on the same page stands as far below that row's picture: the
   * space between the picture's foot and the top of the part's heading is the same in every test
   * bulletin written left to right. The engine collapsed the last row's margin with the part's in
   * some places and not in others, so that some parts stood 11pt further down.
   */
  @org.junit.jupiter.api.Test
  void spacesEveryPartTheSameBelowTheRowBeforeIt() throws IOException {
    List<Gap> gaps = new ArrayList<>();
    for (Arguments arguments : bulletins()) {
      String name = (String) arguments.get()[0];
      if (((Bulletin) arguments.get()[1]).rightToLeft()) {
        continue; // its headings start at the right margin, and the Arabic script's lines stand taller
      }
      try (PDDocument pdf = Loader.loadPDF(render(name, (Bulletin) arguments.get()[1]))) {
        for (int p = 0; p < pdf.getNumberOfPages(); p++) {
          int number = p + 1;
          float height = pdf.getPage(p).getMediaBox().getHeight();
          PageBoxes page = PageBoxes.of(pdf.getPage(p));
          for (float headingTop : headingTops(pdf, number)) {
            // The lowest picture above the heading, if no text stands between them.
            page.pictures().stream().map(picture -> height - picture.getMinY())
                .filter(foot -> foot < headingTop).max(Double::compare)
                .filter(foot -> page.glyphs().stream().map(glyph -> height - glyph.getY())
                    .noneMatch(y -> y > foot && y < headingTop))
                .ifPresent(foot -> gaps.add(new Gap(Math.round((headingTop - foot) * 10) / 10.0, name + ", page " + number)));
          }
        }
      }
    }

    assertThat(gaps).as("parts after a row").hasSizeGreaterThan(5);
    assertThat(gaps.stream().map(Gap::points).distinct())
        .as("the space between a row's picture and the next part's heading: %s", gaps).hasSize(1);
  }

  /** The space, in points to a tenth, between a row's picture and the heading under it, and where. */
  private record Gap(double points, String where) {}

  /**
   * The tops of the parts' headings (22pt, at the left margin) on page {@code page} (from 1), from
   * the head of the page.
   */
  private static List<Float> headingTops(PDDocument pdf, int page) throws IOException {
    List<Float> tops = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String text, List<TextPosition> positions) {
        TextPosition first = positions.get(0);
        // A heading starts at the left margin; a 22pt phone number stands beside its picture.
        if (Math.abs(first.getFontSizeInPt() - 22.05f) < 0.5f && first.getXDirAdj() < LEFT_MARGIN + 1) {
          tops.add(first.getYDirAdj() - first.getHeightDir());
        }
      }
    };
    stripper.setSortByPosition(true);
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(pdf);
    return tops;
  }

  /** The example and the fixtures written right to left. */
  static List<Arguments> sided() {
    List<String> names = List.of("example", "urdu-free", "arabic-free");
    return bulletins().stream().filter(a -> names.contains((String) a.get()[0])).toList();
  }

  /**
   * Each point's picture stands at the start of its row, as on the Easy Read page and in the DOCX:
   * the words beside it (the glyphs between its top and its foot) are all on its right, or, in a
   * language written right to left, all on its left.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("sided")
  void eachPictureStandsAtTheStartOfItsRow(String name, Bulletin bulletin) throws IOException {
    List<String> wrongSide = new ArrayList<>();
    int beside = 0;
    try (PDDocument pdf = Loader.loadPDF(render(name, bulletin))) {
      for (int p = 0; p < pdf.getNumberOfPages(); p++) {
        PageBoxes page = PageBoxes.of(pdf.getPage(p));
        for (Rectangle2D picture : page.pictures()) {
          List<Point2D> besideIt = page.glyphs().stream()
              .filter(glyph -> glyph.getY() >= picture.getMinY() && glyph.getY() <= picture.getMaxY()).toList();
          beside += besideIt.size();
          long wrong = besideIt.stream()
              .filter(glyph -> bulletin.rightToLeft() ? glyph.getX() >= picture.getMinX() : glyph.getX() <= picture.getMaxX())
              .count();
          if (wrong > 0) {
            wrongSide.add(String.format("page %d: %d of the %d glyphs beside the picture at x %.0f to %.0f", p + 1, wrong,
                besideIt.size(), picture.getMinX(), picture.getMaxX()));
          }
        }
      }
    }

    assertThat(beside).as("glyphs beside the pictures of %s", name).isPositive();
    assertThat(wrongSide).as("glyphs of %s on the wrong side of their picture", name).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bulletins")
  void conformsToPdfUa1AndPdfA2a(String name, Bulletin bulletin) throws Exception {
    byte[] pdf = render(name, bulletin);

    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 rules failed by %s", name).isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a rules failed by %s", name).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bulletins")
  void givesTheSameBytesEveryTime(String name, Bulletin bulletin) throws IOException {
    assertThat(render(name, bulletin)).isEqualTo(render(name, bulletin));
    assertThat(RENDERER.fileName(bulletin)).isEqualTo(bulletin.id() + "-easy-read.pdf");
  }

  /** Renders {@code bulletin}, keeping a copy as {@code target/pdf/<name>-easy-read.pdf}. */
  private static byte[] render(String name, Bulletin bulletin) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RENDERER.render(bulletin, out);
    Path dir = Files.createDirectories(Path.of("target", "pdf"));
    Files.write(dir.resolve(name + "-easy-read.pdf"), out.toByteArray());
    return out.toByteArray();
  }

  /** Sections flow: the example takes no more pages than its sections, a cover and a contacts page. */
  @org.junit.jupiter.api.Test
  void theExampleTakesNoMorePagesThanItsSectionsACoverAndAContactsPage() throws IOException {
    Bulletin example = TestBulletins.example();
    try (PDDocument pdf = Loader.loadPDF(render("example-pages", example))) {
      assertThat(pdf.getNumberOfPages()).isLessThanOrEqualTo(example.sections().size() + 2);
    }
  }
}
