package org.safeguarding.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.render.docx.EasyReadDocxRenderer;
import org.safeguarding.bulletin.render.html.EasyReadHtmlRenderer;
import org.safeguarding.bulletin.render.html.HtmlRenderer;
import org.safeguarding.bulletin.render.pdf.PdfRenderer;
import org.safeguarding.bulletin.render.pictogram.PictogramSet;
import org.safeguarding.bulletin.testing.Fixtures;
import org.safeguarding.bulletin.wording.Wordings;

/**
 * The library's own words are in the bulletin's language in every output: a Welsh bulletin has none
 * of the English wording; a language without wording gets English, marked as English; a caller's
 * words replace the library's.
 */
class WordingInOutputsTest {
  /** English words of the library that a Welsh bulletin's text never has. */
  private static final List<String> ENGLISH = List.of("Skip to main content", "In this bulletin", "Published by",
      "Emergency", "Glossary", "Call ", " on ", "Who to contact", "Hard words", "easy read version", "It was made by",
      "Page ");

  private final Bulletin welsh = Fixtures.valid("welsh-free");

  @Test
  void aWelshPageHasNoEnglishWording() throws IOException {
    Document page = Jsoup.parse(HtmlRenderer.create().render(welsh));

    assertThat(page.text()).contains("Argyfwng", "Ffoniwch Heddlu ar 999", "Cyhoeddwyd gan", "Neidio i'r prif gynnwys");
    assertThat(ENGLISH).allSatisfy(english -> assertThat(page.text()).doesNotContain(english));
    assertThat(page.select("[lang]:not(html)")).isEmpty();
  }

  @Test
  void aWelshPdfHasNoEnglishWording() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRenderer.with(RenderOptions.builder().undatedDate(LocalDate.of(2026, 11, 27)).build()).render(welsh, out);
    String text;
    try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
      text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
    }

    assertThat(text).contains("Argyfwng", "Ffoniwch Heddlu ar 999", "Tudalen 1 o ");
    assertThat(ENGLISH).allSatisfy(english -> assertThat(text).doesNotContain(english));
  }

  @Test
  void aWelshEasyReadDocumentHasNoEnglishWording() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    EasyReadDocxRenderer.create().render(welsh, out);
    String text;
    try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(out.toByteArray())))) {
      text = extractor.getText().replaceAll("\\s+", " ");
    }

    assertThat(text).contains("Dyma'r fersiwn hawdd ei ddeall o", "Pwy i gysylltu â nhw", "Argyfwng");
    assertThat(ENGLISH).allSatisfy(english -> assertThat(text).doesNotContain(english));
    assertThat(new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("w:val=\"en\"");
  }

  @Test
  void picturesHaveTheirAltTextInTheBulletinsLanguageExceptACallersOwnPicture() throws IOException {
    Set<String> welshTexts = Arrays.stream(Pictogram.values())
        .map(p -> Wordings.builtIn().forLanguage("cy").altText(p)).collect(Collectors.toSet());
    Document page = Jsoup.parse(HtmlRenderer.create().render(welsh));
    Document easyRead = Jsoup.parse(EasyReadHtmlRenderer.create().render(welsh));
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    EasyReadDocxRenderer.with(RenderOptions.builder().qrCodes(false).build()).render(welsh, docx); // pictures only
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    byte[] square = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect width=\"10\" height=\"10\"/></svg>"
        .getBytes(StandardCharsets.UTF_8);
    EasyReadDocxRenderer.with(RenderOptions.builder().qrCodes(false)
        .pictograms(PictogramSet.builder().put(Pictogram.PHONE, square, "Ein ffôn ni").build()).build())
        .render(welsh, ours);

    assertThat(page.select("img.pictogram").eachAttr("alt")).isNotEmpty().allMatch(welshTexts::contains);
    assertThat(easyRead.select("img.row__picture").eachAttr("alt")).isNotEmpty().allMatch(welshTexts::contains)
        .contains("Ffôn");
    assertThat(descriptions(docx.toByteArray())).isNotEmpty().allMatch(welshTexts::contains).contains("Ffôn");
    assertThat(descriptions(ours.toByteArray())).contains("Ein ffôn ni").doesNotContain("Ffôn");
  }

  /** The alt text of every picture in a DOCX's body. */
  private static List<String> descriptions(byte[] docx) throws IOException {
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
      Matcher m = Pattern.compile("<wp:docPr [^>]*descr=\"([^\"]*)\"").matcher(doc.getDocument().xmlText());
      List<String> found = new ArrayList<>();
      while (m.find()) {
        found.add(org.jsoup.parser.Parser.unescapeEntities(m.group(1), true));
      }
      return found;
    }
  }

  @Test
  void aLanguageWithoutWordingGetsEnglishMarkedAsEnglish() throws IOException {
    Bulletin somali = Bulletin.builder("somali").layout(welsh.layout()).language("so").title("Ammaan ku ahow internetka")
        .publisher(welsh.publisher()).contact(welsh.contacts().get(0)).contact(welsh.contacts().get(1)).section(welsh.sections().get(1))
        .build();
    Document page = Jsoup.parse(HtmlRenderer.create().render(somali));

    assertThat(page.selectFirst(".contact__flag").text()).isEqualTo("Emergency");
    assertThat(page.selectFirst(".contact__flag").attr("lang")).isEqualTo("en");
    assertThat(page.selectFirst(".skip-link").attr("lang")).isEqualTo("en");
  }

  @Test
  void aCallersWordsReplaceTheLibrarys() throws IOException {
    Wordings mine = Wordings.builtIn().with("cy", Map.of("emergency", "Brys!"));
    Document page = Jsoup.parse(HtmlRenderer.with(RenderOptions.builder().wordings(mine).build()).render(welsh));

    assertThat(page.selectFirst(".contact__flag").text()).isEqualTo("Brys!");
  }
}
