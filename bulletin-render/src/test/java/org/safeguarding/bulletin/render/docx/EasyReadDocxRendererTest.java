package org.safeguarding.bulletin.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.render.ColourRole;
import org.safeguarding.bulletin.render.EasyReadCases;
import org.safeguarding.bulletin.render.EasyReadTexts;
import org.safeguarding.bulletin.render.PageSize;
import org.safeguarding.bulletin.render.Palette;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.render.Theme;
import org.safeguarding.bulletin.render.pictogram.PictogramSet;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.verify.docx.DocxAccessibilityCheck;
import org.safeguarding.bulletin.verify.docx.DocxParts;
import org.w3c.dom.Element;

class EasyReadDocxRendererTest {

  @ParameterizedTest
  @ValueSource(strings = {Bulletins.EXAMPLE, Bulletins.EVERY_FIELD, Bulletins.WELSH, Bulletins.MINIMAL, Bulletins.URDU,
      Bulletins.ARABIC, Bulletins.PUNJABI, Bulletins.CHINESE, Bulletins.POLISH, Bulletins.COMBINING_MARKS,
      Bulletins.LONG_WORDS})
  void passesTheDocxAccessibilityCheck(String resource) {
    Bulletin bulletin = Bulletins.read(resource);
    byte[] docx = Bulletins.render(resource);

    assertThat(DocxAccessibilityCheck.problems(docx, bulletin.title(), bulletin.language()))
        .as("accessibility problems in the easy read version of %s", resource)
        .isEmpty();
  }

  /** The schema's order of run properties (ECMA-376 Part 1, 17.3.2.28, {@code EG_RPrBase}), by local name. */
  private static final List<String> RUN_PROPERTY_ORDER = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps",
      "smallCaps", "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish",
      "webHidden", "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd",
      "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath");

  @ParameterizedTest
  @ValueSource(strings = {Bulletins.EXAMPLE, Bulletins.EVERY_FIELD, Bulletins.URDU, Bulletins.ARABIC})
  void givesEveryRunItsPropertiesInTheSchemasOrder(String resource) {
    DocxParts parts = new DocxParts(Bulletins.render(resource));

    for (String part : List.of("word/document.xml", "word/footer1.xml")) {
      List<Element> properties = parts.select(part, "//w:r/w:rPr");
      assertThat(properties).as(part).isNotEmpty();
      for (Element rPr : properties) {
        List<String> names = parts.select(rPr, "*").stream().map(Element::getLocalName).toList();
        assertThat(names).as("run properties in %s of %s", part, resource)
            .allMatch(RUN_PROPERTY_ORDER::contains)
            .isSortedAccordingTo(Comparator.comparingInt(RUN_PROPERTY_ORDER::indexOf));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {Bulletins.EXAMPLE, Bulletins.EVERY_FIELD, Bulletins.WELSH, Bulletins.URDU, Bulletins.ARABIC,
      Bulletins.PUNJABI, Bulletins.CHINESE, Bulletins.POLISH, Bulletins.COMBINING_MARKS, Bulletins.LONG_WORDS})
  void containsEveryEasyReadTextOfTheModel(String resource) throws IOException {
    Bulletin bulletin = Bulletins.read(resource);
    String text = normalise(EasyReadTexts.withoutBidiControls(extractText(Bulletins.render(resource))));

    assertThat(text).as(resource).contains(normalise(bulletin.title()));
    for (Section section : bulletin.sections()) {
      assertThat(text).as("heading in %s", resource).contains(normalise(section.heading()));
      List<String> expected = new ArrayList<>();
      if (section.easyRead().isEmpty()) {
        section.content().forEach(block -> expected.addAll(ContentTexts.of(bulletin, block)));
      } else {
        section.easyRead().forEach(point -> expected.add(point.text().plainText()));
      }
      expected.forEach(t -> assertThat(text).as("section '%s' of %s", section.heading(), resource).contains(normalise(t)));
    }
    bulletin.glossary().forEach(g -> assertThat(text).contains(normalise(g.term())).contains(normalise(g.meaning())));
    bulletin.alternates().forEach(a -> assertThat(text).contains(normalise(a.title()), a.url().substring(8)));
    if (bulletin.alternativeFormats() != null) {
      assertThat(text).contains(normalise(bulletin.alternativeFormats().text().plainText()));
    }
    if (bulletin.easyReadReview() != null) {
      assertThat(text).contains(normalise(bulletin.easyReadReview().by()));
    }
    bulletin.contacts().forEach(c -> {
      assertThat(text).contains(c.name());
      if (c.phone() != null) {
        assertThat(text).contains(c.phone().display());
      }
      if (c.hours() != null) {
        assertThat(text).contains(c.hours());
      }
    });
  }

  @Test
  void rendersTheSameBytesEveryTime() {
    Bulletin bulletin = Bulletins.read(Bulletins.EXAMPLE);
    byte[] first = Bulletins.render(EasyReadDocxRenderer.create(), bulletin);
    byte[] second = Bulletins.render(EasyReadDocxRenderer.create(), bulletin);

    assertThat(second).isEqualTo(first);
  }

  @Test
  void storesThePicturesAsTheyAreAndCompressesTheText() throws IOException {
    byte[] docx = Bulletins.render(Bulletins.EXAMPLE);
    Map<String, Long> compressed = new HashMap<>();
    Map<String, Long> size = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        zip.readAllBytes(); // the sizes follow the data
        compressed.put(e.getName(), e.getCompressedSize());
        size.put(e.getName(), e.getSize());
      }
    }

    assertThat(size.keySet()).anyMatch(name -> name.startsWith("word/media/"));
    size.forEach((name, bytes) -> {
      if (name.startsWith("word/media/")) {
        // PNGs are compressed already: deflating them again costs time and saves nothing.
        assertThat(compressed.get(name)).as(name).isGreaterThanOrEqualTo(bytes);
      }
    });
    assertThat(compressed.get("word/document.xml")).isLessThan(size.get("word/document.xml") / 5);
  }

  @Test
  void datesEveryZipEntryWithThePublicationDate() throws IOException {
    byte[] docx = Bulletins.render(Bulletins.EXAMPLE);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
        assertThat(e.getTimeLocal()).as(e.getName()).isEqualTo(LocalDateTime.of(2026, 11, 27, 0, 0));
      }
    }
    assertThat(new DocxParts(docx).text(new DocxParts(docx).document("docProps/core.xml"), "string(/*)"))
        .contains("2026-11-27T00:00:00Z")
        .doesNotContain("1970");
  }

  @Test
  void putsTheContactsPageLastWithEmergencyContactsFirst() throws IOException {
    String text = extractText(Bulletins.render(Bulletins.EVERY_FIELD));
    String contacts = text.substring(text.lastIndexOf("Who to contact"));

    assertThat(contacts.indexOf("West Midlands Police")).isLessThan(contacts.indexOf("Emergency Duty Team"));
    assertThat(contacts.indexOf("Emergency Duty Team")).isLessThan(contacts.indexOf("Children's Advice and Support"));
    assertThat(text.lastIndexOf("Hard words")).isLessThan(text.lastIndexOf("Who to contact"));
  }

  @Test
  void anEasyReadMadeFromProseSaysOnItsCoverThatItIsADraftAndACheckedOneWhoCheckedIt() throws IOException {
    assertThat(cover(EasyReadCases.proseOnly("Reporting"))).contains(EasyReadCases.DRAFT_ALL);
    assertThat(cover(EasyReadCases.partlyProse())).contains(EasyReadCases.DRAFT_SOME);
    assertThat(cover(EasyReadCases.reviewed())).contains(EasyReadCases.CHECKED).doesNotContain("draft");
    assertThat(cover(Bulletins.read(Bulletins.EXAMPLE))).doesNotContain("draft");
  }

  @Test
  void neverTwoHeadingsThatSayTheSameWhenTheLastSectionIsWhoToContact() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
        Bulletins.render(EasyReadDocxRenderer.create(), EasyReadCases.proseOnly(" who to CONTACT"))))) {
      List<String> headings = doc.getParagraphs().stream().filter(p -> "Heading2".equals(p.getStyle()))
          .map(p -> p.getText().strip().toLowerCase(Locale.ROOT)).toList();

      assertThat(headings).containsExactly("online risks", "who to contact", "hard words");
    }
    String text = extractText(Bulletins.render(EasyReadDocxRenderer.create(), EasyReadCases.proseOnly("Who to contact")));
    int section = text.indexOf("Who to contact");
    assertThat(text.indexOf("Emergency", section)).as("the contacts continue the section, before the hard words")
        .isPositive().isLessThan(text.lastIndexOf("Hard words"));
  }

  @Test
  void startsANewPageOnlyAfterTheCoverAndForTheContacts() throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(Bulletins.render(Bulletins.EXAMPLE)))) {
      List<String> newPages = doc.getParagraphs().stream().filter(p -> p.isPageBreak()).map(p -> p.getText()).toList();
      Bulletin bulletin = Bulletins.read(Bulletins.EXAMPLE);

      assertThat(newPages).containsExactly(bulletin.sections().get(0).heading(), "Who to contact");
    }
  }

  /** The text of the cover: all before the first section's heading. */
  private static String cover(Bulletin bulletin) throws IOException {
    String text = extractText(Bulletins.render(EasyReadDocxRenderer.create(), bulletin));
    return text.substring(0, text.indexOf(bulletin.sections().get(0).heading()));
  }

  @Test
  void usesTheConfiguredFontAndSize() {
    byte[] docx = Bulletins.render(EasyReadDocxRenderer.builder().font("Verdana").bodySize(18).build(),
        Bulletins.read(Bulletins.MINIMAL));
    DocxParts parts = new DocxParts(docx);

    assertThat(parts.text(parts.document("word/styles.xml"), "//w:docDefaults//w:sz/@w:val")).isEqualTo("36");
    assertThat(parts.text(parts.document("word/styles.xml"), "//w:docDefaults//w:rFonts/@w:ascii")).isEqualTo("Verdana");
  }

  @Test
  void takesItsColoursFromTheThemeAndItsPaperFromTheOptions() {
    byte[] standard = Bulletins.render(EasyReadDocxRenderer.create(), Bulletins.read(Bulletins.MINIMAL));
    Theme purple = Theme.builder().light(Palette.light().with(ColourRole.BRAND, "#4c2c92")).build();
    byte[] themed = Bulletins.render(EasyReadDocxRenderer.with(RenderOptions.builder().theme(purple)
        .pageSize(PageSize.LETTER).build()), Bulletins.read(Bulletins.MINIMAL));
    DocxParts before = new DocxParts(standard);
    DocxParts after = new DocxParts(themed);

    assertThat(before.text(before.document("word/styles.xml"), "//w:style[@w:styleId='Heading1']//w:color/@w:val"))
        .isEqualTo("12263F");
    assertThat(before.text(before.document("word/styles.xml"), "//w:style[@w:styleId='Hyperlink']//w:color/@w:val"))
        .isEqualTo("1D70B8");
    assertThat(before.text(before.document("word/document.xml"), "//w:sectPr/w:pgSz/@w:w")).isEqualTo("11906");
    assertThat(after.text(after.document("word/styles.xml"), "//w:style[@w:styleId='Heading1']//w:color/@w:val"))
        .isEqualTo("4C2C92");
    assertThat(after.text(after.document("word/styles.xml"), "//w:docDefaults//w:color/@w:val")).isEqualTo("0B0C0C");
    assertThat(after.text(after.document("word/document.xml"), "//w:sectPr/w:pgSz/@w:w")).isEqualTo("12240");
    assertThat(after.text(after.document("word/document.xml"), "//w:sectPr/w:pgSz/@w:h")).isEqualTo("15840");
    assertThat(after.text(after.document("word/document.xml"), "//w:tblW/@w:w")).isEqualTo(Integer.toString(12_240 - 4 * 567));
  }

  @Test
  void showsTheCallersPicturesWithTheirAltText() {
    PictogramSet ours = PictogramSet.builder()
        .put(Pictogram.INFORMATION, SVG_SQUARE, "Our information sign")
        .build();
    byte[] docx = Bulletins.render(EasyReadDocxRenderer.with(RenderOptions.builder().pictograms(ours).build()), Bulletins.read(Bulletins.MINIMAL));

    assertThat(new DocxParts(docx).select("word/document.xml", "//wp:docPr"))
        .extracting(e -> e.getAttribute("descr"))
        .contains("Our information sign");
  }

  @Test
  void storesEachPictureOnceAndGivesEveryDrawingItsOwnId() {
    DocxParts parts = new DocxParts(Bulletins.render(EasyReadDocxRenderer.create(), Bulletins.read(Bulletins.EXAMPLE)));

    List<String> ids = parts.select("word/document.xml", "//wp:docPr").stream().map(e -> e.getAttribute("id")).toList();
    List<String> embedded = parts.select("word/document.xml", "//a:blip").stream()
        .map(e -> e.getAttributeNS("http://schemas.openxmlformats.org/officeDocument/2006/relationships", "embed"))
        .toList();
    List<String> media = parts.names().stream().filter(name -> name.startsWith("word/media/")).toList();
    assertThat(ids).hasSizeGreaterThan(media.size()).doesNotHaveDuplicates().doesNotContain("0");
    assertThat(embedded).hasSameSizeAs(ids);
    assertThat(Set.copyOf(embedded)).hasSameSizeAs(media);
  }

  @Test
  void refusesAnInvalidBulletinBeforeWriting() {
    Bulletin oneSection = Bulletin.builder("too-short")
        .title("Too short")
        .publisher(Publisher.named("Example"))
        .layout(Layout.SEVEN_MINUTE)
        .section(Section.builder("Only one").paragraph("Seven are needed.").build())
        .build();
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();

    assertThatThrownBy(() -> EasyReadDocxRenderer.create().render(oneSection, out))
        .isInstanceOf(BulletinInvalidException.class);
    assertThat(out.size()).isZero();
  }

  @Test
  void refusesABodySizeBelowTheEasyReadMinimum() {
    assertThatThrownBy(() -> EasyReadDocxRenderer.builder().bodySize(12).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("bodySize: expected 14 to 28 points (Easy Read needs at least 14), found 12");
    assertThatThrownBy(() -> EasyReadDocxRenderer.builder().font(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("font: expected a font family name, found a blank one");
  }

  @Test
  void setsRightToLeftParagraphsAndTablesForUrdu() {
    Bulletin urdu = Bulletin.builder("urdu").language("ur").layout(Layout.FREE)
        .title("آن لائن حفاظت")
        .publisher(Publisher.named("Example"))
        .section(Section.builder("مدد").pictogram(Pictogram.HELP).paragraph("ہنگامی صورت میں 999 پر کال کریں۔").build())
        .build();
    byte[] docx = Bulletins.render(EasyReadDocxRenderer.create(), urdu);
    DocxParts parts = new DocxParts(docx);

    assertThat(DocxAccessibilityCheck.problems(docx, urdu.title(), "ur")).isEmpty();
    assertThat(parts.text(parts.document("word/styles.xml"), "//w:docDefaults//w:lang/@w:bidi")).isEqualTo("ur");
    assertThat(parts.select("word/document.xml", "//w:body//w:p[not(w:pPr/w:bidi)]")).isEmpty();
    assertThat(parts.select("word/document.xml", "//w:tbl[not(w:tblPr/w:bidiVisual)]")).isEmpty();
    // What reads left to right (a number, a Latin name) is a run of its own, not right to left.
    assertThat(parts.select("word/document.xml", "//w:r[w:t and not(w:rPr/w:rtl)]"))
        .extracting(Element::getTextContent).containsExactly("Example", "999");
    assertThat(parts.select("word/document.xml", "//w:r[w:t and not(w:rPr/w:lang/@w:bidi='ur')]")).isEmpty();
  }

  @Test
  void writesTheSameBytesWhateverLanguagesTheRendererWroteBefore() {
    EasyReadDocxRenderer renderer = EasyReadDocxRenderer.create();
    for (String resource : List.of(Bulletins.EXAMPLE, Bulletins.URDU, Bulletins.WELSH, Bulletins.EXAMPLE, Bulletins.ARABIC,
        Bulletins.URDU)) {
      Bulletin bulletin = Bulletins.read(resource);
      byte[] docx = Bulletins.render(renderer, bulletin);

      // The styles part (kept by the renderer for each language) says the bulletin's language.
      DocxParts parts = new DocxParts(docx);
      assertThat(parts.text(parts.document("word/styles.xml"), "//w:docDefaults//w:lang/@w:val"))
          .as(resource).isEqualTo(bulletin.language());
      assertThat(docx).as("%s from a renderer that wrote other languages before", resource)
          .isEqualTo(Bulletins.render(resource));
    }
  }

  @Test
  void keepsANumbersGroupsInOrderInsideRightToLeftText() throws IOException {
    Bulletin arabic = Bulletins.read(Bulletins.ARABIC);
    byte[] docx = Bulletins.render(EasyReadDocxRenderer.create(), arabic);
    DocxParts parts = new DocxParts(docx);

    // Its own run, not right to left, after a LEFT-TO-RIGHT MARK: in order in Word and in LibreOffice.
    List<Element> number = parts.select("word/document.xml", "//w:r[w:t = '\u200E0808 800 5000']");
    assertThat(number).hasSize(2)
        .allSatisfy(run -> assertThat(parts.select(run, "w:rPr/w:rtl")).isEmpty());
    assertThat(parts.select("word/document.xml", "//w:r[w:t = 'NSPCC']")).isNotEmpty()
        .allSatisfy(run -> assertThat(parts.select(run, "w:rPr/w:rtl")).isEmpty());
    String text = normalise(EasyReadTexts.withoutBidiControls(extractText(docx)));
    assertThat(text).contains("اتصل بـ NSPCC على الرقم 0808 800 5000", "help@nspcc.org.uk");
    assertThat(EasyReadTexts.missingInOrder(text, EasyReadTexts.of(arabic))).isEmpty();
  }

  @Test
  void namesTheFileAfterTheBulletin() {
    assertThat(EasyReadDocxRenderer.create().fileName(Bulletins.read(Bulletins.EXAMPLE)))
        .isEqualTo("online-risks-and-harms-easy-read.docx");
  }

  @Test
  void hasTheDefaultsOfTheEasyReadGuidance() {
    EasyReadDocxRenderer renderer = EasyReadDocxRenderer.create();

    assertThat(renderer.font()).isEqualTo("Arial");
    assertThat(renderer.bodySize()).isEqualTo(16);
    assertThat(renderer.fileName(Bulletins.read(Bulletins.EXAMPLE))).endsWith("-easy-read.docx");
  }

  static final byte[] SVG_SQUARE = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
      + "<rect width=\"10\" height=\"10\" fill=\"#000\"/></svg>").getBytes(java.nio.charset.StandardCharsets.UTF_8);

  private static String extractText(byte[] docx) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
      return extractor.getText();
    }
  }

  private static String normalise(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
