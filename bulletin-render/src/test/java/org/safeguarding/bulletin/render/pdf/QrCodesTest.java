package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.html.HtmlRenderer;
import org.safeguarding.bulletin.testing.Fixtures;

/**
 * The QR codes beside the PDF's web links: poppler draws the example's pages, ZXing reads every
 * code on them, and the codes are exactly the web addresses of the sections and contacts (as the
 * HTML page links them), each also printed; with the switch off there are none.
 */
@Tag("tools") // needs poppler (pdftoppm): run by mvn verify, left out by -Pjdk-only
class QrCodesTest {
  @Test
  void everyWebLinkOfTheSectionsAndContactsHasAQrCodeThatReadsAsItsAddress() throws Exception {
    Bulletin example = TestBulletins.example();
    byte[] pdf = Pdfs.render("example-qr", example);

    Set<String> expected = webLinks(example);
    assertThat(expected).as("the example's web links").hasSizeGreaterThanOrEqualTo(2);
    List<String> decoded = decodeEveryPage(pdf, "example-qr");
    assertThat(new LinkedHashSet<>(decoded)).as("the addresses of the codes").containsExactlyInAnyOrderElementsOf(expected);
    assertThat(decoded).as("a code for each paragraph or contact that links").hasSizeGreaterThan(expected.size());
    String text;
    try (PDDocument document = PdfStructure.load(pdf)) {
      // An address broken over lines under its code reads as one once the breaks are taken out.
      text = new PDFTextStripper().getText(document).replaceAll("\\s+", "");
    }
    expected.forEach(address -> assertThat(text).as("the address printed under its code").contains(address));
  }

  /**
   * A code is printed on the page of the link it stands for, never moved on alone: the engine
   * inherits {@code -fs-page-break-min-height}, and while the sections' 90pt reached every block in
   * them, the example's last code went to page 4 with 115pt free on page 3, apart from its link.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"example", "every-field"})
  void everyQrCodeStandsOnThePageOfItsLink(String name) throws Exception {
    Bulletin bulletin = name.equals("example") ? TestBulletins.example() : Fixtures.valid(name);
    byte[] pdf = Pdfs.render(name + "-qr-pages", bulletin);

    List<List<String>> codes = decodeEachPage(pdf, name + "-qr-pages");
    try (PDDocument document = PdfStructure.load(pdf)) {
      assertThat(codes).hasSize(document.getNumberOfPages());
      for (int i = 0; i < codes.size(); i++) {
        Set<String> links = webLinks(document.getPage(i));
        assertThat(links).as("the web links on page %d, where these codes are: %s", i + 1, codes.get(i))
            .containsAll(codes.get(i));
      }
    }
  }

  @Test
  void noQrCodeWhenSwitchedOff() throws Exception {
    PdfRenderer renderer = PdfRenderer.with(RenderOptions.builder().qrCodes(false).build());

    byte[] pdf = Pdfs.render(renderer, "example-no-qr", TestBulletins.example());

    assertThat(decodeEveryPage(pdf, "example-no-qr")).isEmpty();
  }

  /** The http and https addresses that the sections of the HTML page link to, contacts included. */
  private static Set<String> webLinks(Bulletin bulletin) throws Exception {
    ByteArrayOutputStream page = new ByteArrayOutputStream();
    HtmlRenderer.create().render(bulletin, page);
    Set<String> links = new LinkedHashSet<>();
    Jsoup.parse(page.toString(java.nio.charset.StandardCharsets.UTF_8)).select("section.section a[href^=http]")
        .forEach(a -> links.add(a.attr("href")));
    return links;
  }

  /** Every QR code's text on every page, drawn at 200 dpi. */
  private static List<String> decodeEveryPage(byte[] pdf, String name) throws Exception {
    return decodeEachPage(pdf, name).stream().flatMap(List::stream).toList();
  }

  /** The QR codes' texts of each page, drawn at 200 dpi, a list a page. */
  private static List<List<String>> decodeEachPage(byte[] pdf, String name) throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "qr-pages", name));
    Path file = dir.resolve(name + ".pdf");
    Files.write(file, pdf);
    List<Path> images = Poppler.draw(file, 200, dir, "page");
    assertThat(images).isNotEmpty();
    List<List<String>> pages = new ArrayList<>();
    for (Path image : images) {
      pages.add(decode(ImageIO.read(image.toFile())));
    }
    return pages;
  }

  /** The addresses of the link annotations on {@code page} that open a web address. */
  private static Set<String> webLinks(PDPage page) throws IOException {
    Set<String> links = new LinkedHashSet<>();
    for (PDAnnotation annotation : page.getAnnotations()) {
      if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
        links.add(uri.getURI());
      }
    }
    return links;
  }

  private static List<String> decode(BufferedImage image) {
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
    try {
      return Stream.of(new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)))
          .map(Result::getText).toList();
    } catch (NotFoundException e) {
      return List.of();
    }
  }
}
