package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.render.ModelTexts;
import org.safeguarding.bulletin.testing.Fixtures;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.Problem;
import org.safeguarding.bulletin.verify.pdf.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Urdu and Arabic in the PDF: accepted, joined, drawn in the right order, and read back in logical
 * order by PDFBox (from the glyphs' places on the page, and from the tags' /ActualText) and by
 * poppler's pdftotext, after NFKC normalisation (which turns presentation forms back into letters).
 */
class RightToLeftPdfTest {
  /** The bidirectional format characters: LRM, RLM, ALM, the embeddings and overrides, the isolates. */
  private static final String BIDI_CONTROLS = "[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]";

  /** A number of several groups, as the readable text has it: "0808 800 5000". */
  private static final Pattern NUMBER = Pattern.compile("\\p{Nd}+(?: \\p{Nd}+)+");

  static List<Arguments> rightToLeft() {
    return List.of(Arguments.of("urdu-free", Fixtures.valid("urdu-free")),
        Arguments.of("arabic-free", Fixtures.valid("arabic-free")),
        Arguments.of("arabic-mixed", TestBulletins.arabicMixed()));
  }

  /** The fixtures among {@link #rightToLeft()}: each has a glossary and a contact with an e-mail address. */
  static List<Arguments> rightToLeftFixtures() {
    return rightToLeft().subList(0, 2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rightToLeft")
  void acceptsTheBulletin(String name, Bulletin bulletin) {
    assertThat(Pdfs.RENDERER.problems(bulletin)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rightToLeft")
  void pdfBoxReadsEveryTextInOrderFromTheTags(String name, Bulletin bulletin) throws Exception {
    try (PDDocument pdf = PdfStructure.load(Pdfs.render(name, bulletin))) {
      assertInOrder("the tagged text of " + name, PdfStructure.taggedText(pdf), bulletin);
    }
  }

  /**
   * pdftotext reads every text of the model in order, punctuation and spaces included: its text,
   * NFKC-normalised (presentation forms back to letters), without the bidirectional format
   * characters that poppler writes around the runs it reorders and the invisible RIGHT-TO-LEFT MARKs
   * the PDF draws for it ({@code ReadingOrderMarks}), white space collapsed, holds each model text,
   * likewise normalised. Without the marks, poppler's own reordering read "بالرقم 999." as
   * "بالرقم .999", "الاحتيال. يمكنك" as "الاحتيال .يمكنك" and "NSPCC على" as " NSPCCعلى".
   *
   * Brackets and quotation marks, which a right-to-left line draws mirrored, read as written
   * ("(SCP)", not ")SCP("): each mirrored glyph carries its own character as /ActualText.
   */
  @Tag("tools") // needs poppler's pdftotext: run by mvn verify, left out by -Pjdk-only
  @ParameterizedTest(name = "{0}")
  @MethodSource("rightToLeft")
  void popplerReadsEveryTextInOrder(String name, Bulletin bulletin, @TempDir Path folder) throws Exception {
    String read = readable(pdftotext(name, bulletin, folder));

    int from = 0;
    for (String expected : ModelTexts.of(bulletin)) {
      String wanted = readable(expected);
      int at = read.indexOf(wanted, from);
      assertThat(at).as("'%s' after position %d of pdftotext's text of %s, which reads %s", wanted, from, name,
          read.substring(from, Math.min(read.length(), from + 200))).isGreaterThanOrEqualTo(0);
      from = at + wanted.length();
    }
  }

  /**
   * A number of several groups is never broken across lines ("0808 800" at the end of one, "5000"
   * at the start of the next, as the Arabic paragraph had it): each multi-group number of the
   * model's text stands whole on one of pdftotext's lines.
   */
  @Tag("tools") // needs poppler's pdftotext: run by mvn verify, left out by -Pjdk-only
  @ParameterizedTest(name = "{0}")
  @MethodSource("rightToLeft")
  void keepsEachNumberOfSeveralGroupsOnOneLine(String name, Bulletin bulletin, @TempDir Path folder) throws Exception {
    List<String> lines = pdftotext(name, bulletin, folder).lines().map(RightToLeftPdfTest::readable).toList();
    List<String> numbers = ModelTexts.of(bulletin).stream()
        .flatMap(text -> NUMBER.matcher(readable(text)).results()).map(MatchResult::group).distinct().toList();
    assertThat(numbers).as("the numbers of several groups in %s", name).isNotEmpty();
    for (String number : numbers) {
      assertThat(lines).as("pdftotext's lines of %s", name).anySatisfy(line -> assertThat(line).contains(number));
      assertThat(lines).as("pdftotext's lines of %s", name)
          .noneSatisfy(line -> assertThat(line).endsWith(number.substring(0, number.lastIndexOf(' '))));
    }
  }

  /**
   * The colon after a label reads after the label, the address or meaning after its space
   * ("الاستدراج: عندما …", "البريد الإلكتروني: help@nspcc.org.uk"), as the HTML page draws them: the
   * engine set the print style's generated ": " left to right, so it stood against the address
   * ("… help@nspcc.org.uk:" in pdftotext's reading, the colon drawn on the address's side).
   */
  @Tag("tools") // needs poppler's pdftotext: run by mvn verify, left out by -Pjdk-only
  @ParameterizedTest(name = "{0}")
  @MethodSource("rightToLeftFixtures")
  void putsEachLabelsColonAgainstTheLabel(String name, Bulletin bulletin, @TempDir Path folder) throws Exception {
    String read = readable(pdftotext(name, bulletin, folder));
    List<String> labelled = new ArrayList<>();
    bulletin.glossary().forEach(entry -> labelled.add(readable(entry.term() + ": " + entry.meaning())));
    bulletin.contacts().stream().filter(contact -> contact.email() != null)
        .forEach(contact -> labelled.add(": " + contact.email()));
    assertThat(labelled).as("the labelled texts of %s", name).isNotEmpty();
    assertThat(read).as("pdftotext's text of %s", name).contains(labelled);
  }

  /** NFKC, without bidirectional format characters, white space collapsed. */
  private static String readable(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll(BIDI_CONTROLS, "").replaceAll("\\s+", " ").strip();
  }

  @Test
  void drawsTheReadingOrderMarksInvisiblyAndLeavesThemOutOfTheTags() throws Exception {
    try (PDDocument pdf = PdfStructure.load(Pdfs.render("arabic-free", Fixtures.valid("arabic-free")))) {
      List<RenderingMode> modes = new ArrayList<>();
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          if (text.getUnicode().equals("\u200F")) {
            modes.add(getGraphicsState().getTextState().getRenderingMode());
            assertThat(text.getWidth()).as("the mark's width").isZero();
          }
        }
      };
      stripper.getText(pdf);

      assertThat(modes).as("how each mark is drawn").isNotEmpty().containsOnly(RenderingMode.NEITHER);
      assertThat(PdfStructure.taggedText(pdf)).doesNotContain("\u200F");
    }
  }

  @Test
  void givesTheSameBytesEveryTimeThoughWrittenTwice() {
    Bulletin urdu = Fixtures.valid("urdu-free");
    byte[] first = Pdfs.render("urdu-free", urdu);

    assertThat(Pdfs.render("urdu-free", urdu)).isEqualTo(first);
    assertThat(Pdfs.render(PdfRenderer.with(org.safeguarding.bulletin.render.RenderOptions.builder().undatedDate(java.time.LocalDate.of(2026, 11, 27)).build()), "urdu-free", urdu))
        .isEqualTo(first);
  }

  @Test
  void theMixedBulletinConformsToPdfUa1AndPdfA2a() throws Exception {
    byte[] pdf = Pdfs.render("arabic-mixed", TestBulletins.arabicMixed());

    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 rules failed").isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a rules failed").isEmpty();
  }

  @Test
  void drawsNumbersAndLatinLeftToRightInsideArabic() throws Exception {
    try (PDDocument pdf = PdfStructure.load(Pdfs.render("arabic-mixed", TestBulletins.arabicMixed()))) {
      String drawn = drawnInOrder(pdf);

      // Each left-to-right run is drawn as it reads; the Arabic around it is drawn reversed.
      assertThat(drawn).contains("100", "JHRA2640", "2640", "23839", "NSPCC", "0808 800 5000",
          "www.nspcc.org.uk", "2026", "SCP").doesNotContain("001", "0462", "9383");
      // Arabic-Indic digits are a left-to-right number too.
      assertThat(drawn).contains("١٢٣٤");
      // "عبد" is drawn as its three glyphs in visual order: dal (final), beh (medial), ain (initial).
      assertThat(drawn).contains("\uFEAA\uFE92\uFECB");
    }
  }

  @Test
  void joinsUrdusOwnLettersWithTheirPresentationForms() throws Exception {
    String text = "ٹٹٹ بڈ بڑ بں بے ھھھ ہہہ بۓ ککک گگگ یی";
    Bulletin urdu = Bulletin.builder("urdu-letters").layout(Layout.FREE).language("ur").title("اردو")
        .publisher(Publisher.named("P")).section(Section.builder("حروف").paragraph(text).build()).build();
    assertThat(Pdfs.RENDERER.problems(urdu)).isEmpty();

    try (PDDocument pdf = PdfStructure.load(Pdfs.render("urdu-letters", urdu))) {
      String drawn = drawnInOrder(pdf);
      // Medial (and initial, final) forms of the letters Urdu adds, which ICU4J's ArabicShaping leaves unjoined.
      assertThat(drawn).contains("\uFB69", "\uFB68", "\uFB67", "\uFB89", "\uFB8D", "\uFB9F", "\uFBAF", "\uFBAD",
          "\uFBA9", "\uFBA8", "\uFBB1", "\uFB91", "\uFB95", "\uFBFD");
      assertThat(PdfStructure.squeezed(PdfStructure.taggedText(pdf))).contains(PdfStructure.squeezed(text));
    }
  }

  @Test
  void refusesALetterThatCannotBeJoinedWhereItStandsNamingTheScriptAndTheWord() {
    // Noon ghunna has no medial form, teh marbuta goal no final form: Unicode has none to draw.
    Bulletin urdu = Bulletin.builder("unjoinable").layout(Layout.FREE).language("ur").title("اردو")
        .publisher(Publisher.named("P"))
        .section(Section.builder("حروف").paragraph("ٹھیک ہے").paragraph("بںب اور بۃ").build()).build();

    List<Problem> problems = Pdfs.RENDERER.problems(urdu);

    assertThat(problems).extracting(Problem::toString).containsExactly("$.sections[0].content[1].text: the PDF"
        + " cannot show text in the Arabic script correctly: U+06BA 'ں' in 'بںب' would be drawn unjoined, as"
        + " Unicode has no joined form of it for where it stands, and this PDF engine joins letters with those"
        + " forms; render this bulletin as HTML or DOCX, which the reader's browser or word processor shows"
        + " correctly");
    assertThat(problems).extracting(Problem::code).containsExactly("unsupported-script");
    assertThatThrownBy(() -> Pdfs.render("unjoinable", urdu)).isInstanceOf(BulletinInvalidException.class);
  }

  @Test
  void loadsTheArabicFontOnlyForPagesThatNeedIt() throws Exception {
    try (PDDocument english = PdfStructure.load(Pdfs.render("example", TestBulletins.example()));
        PDDocument urdu = PdfStructure.load(Pdfs.render("urdu-free", Fixtures.valid("urdu-free")))) {
      assertThat(fontNames(english)).noneMatch(n -> n.contains("NotoNaskhArabic"));
      assertThat(fontNames(urdu)).anyMatch(n -> n.contains("NotoNaskhArabic-Regular"))
          .anyMatch(n -> n.contains("NotoNaskhArabic-Bold"));
    }
  }

  /**
   * Every text of the model, NFKC-normalised and without white space, in order in {@code text},
   * leaving out the invisible direction marks that pdftotext puts around runs.
   */
  private static void assertInOrder(String what, String text, Bulletin bulletin) {
    assertInOrder(what, text, ModelTexts.of(bulletin));
  }

  private static void assertInOrder(String what, String text, List<String> texts) {
    String read = PdfStructure.squeezed(Normalizer.normalize(text, Normalizer.Form.NFKC))
        .replaceAll(BIDI_CONTROLS, "");
    int from = 0;
    for (String expected : texts) {
      String wanted = PdfStructure.squeezed(Normalizer.normalize(expected, Normalizer.Form.NFKC));
      int at = read.indexOf(wanted, from);
      assertThat(at).as("'%s' after position %d of %s, which reads %s", expected, from, what,
          read.substring(from, Math.min(read.length(), from + 200))).isGreaterThanOrEqualTo(0);
      from = at;
    }
  }

  /** The glyphs' text, page by page, in the order they are drawn (for each line, left to right). */
  private static String drawnInOrder(PDDocument pdf) throws IOException {
    StringBuilder drawn = new StringBuilder();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition text) {
        drawn.append(text.getUnicode());
      }
    };
    stripper.getText(pdf);
    return drawn.toString();
  }

  private static List<String> fontNames(PDDocument pdf) throws IOException {
    List<String> names = new ArrayList<>();
    for (PDPage page : pdf.getPages()) {
      for (var name : page.getResources().getFontNames()) {
        PDFont font = page.getResources().getFont(name);
        names.add(font.getName());
      }
    }
    return names;
  }

  /** pdftotext's text of {@code bulletin}'s PDF, written into {@code folder}. */
  private static String pdftotext(String name, Bulletin bulletin, Path folder) throws Exception {
    Path file = folder.resolve(name + ".pdf");
    Files.write(file, Pdfs.render(name, bulletin));
    return pdftotext(file);
  }

  private static String pdftotext(Path pdf) throws Exception {
    Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(true)
        .start();
    byte[] out = process.getInputStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("pdftotext finished").isTrue();
    assertThat(process.exitValue()).as("pdftotext's exit code: %s", new String(out, StandardCharsets.UTF_8)).isZero();
    return new String(out, StandardCharsets.UTF_8);
  }
}
