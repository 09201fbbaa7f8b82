package org.safeguarding.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code render} in several formats: the HTML page lists the other files with their exact sizes,
 * and the PDF and the Easy Read document name the page; the page alone lists nothing.
 */
class OtherFormatsTest {
  private static final String ID = "online-risks-and-harms";

  @TempDir
  Path dir;

  private final CliRun cli = new CliRun();

  @Test
  void thePageListsTheOtherFilesWithTheirSizesAndTheyNameThePage() throws IOException {
    Path out = dir.resolve("out");
    assertThat(cli.run("render", "--out", out.toString(), "--format", "html,pdf,docx,text")).isZero();

    Document page = Jsoup.parse(out.resolve(ID + ".html").toFile(), "UTF-8");
    Element block = page.selectFirst("footer .alternative-formats:has(ul)");
    assertThat(block).isNotNull();
    assertThat(block.selectFirst("p").text()).isEqualTo("This bulletin is also available:");
    List<String> items = block.select("li").eachText();
    assertThat(items).containsExactly(
        "as a PDF (PDF, " + kilobytes(out.resolve(ID + ".pdf")) + ")",
        "in Easy Read (Word document, " + kilobytes(out.resolve(ID + "-easy-read.docx")) + ")",
        "as plain text (Text, " + kilobytes(out.resolve(ID + ".txt")) + ")");
    for (Element link : block.select("a")) {
      assertThat(out.resolve(link.attr("href"))).isRegularFile().hasParent(out);
    }
    assertThat(block.select("a").eachAttr("href"))
        .containsExactly(ID + ".pdf", ID + "-easy-read.docx", ID + ".txt");

    try (PDDocument pdf = Loader.loadPDF(out.resolve(ID + ".pdf").toFile())) {
      assertThat(new PDFTextStripper().getText(pdf)).contains("Web page: " + ID + ".html");
    }
    assertThat(documentXml(out.resolve(ID + "-easy-read.docx"))).contains("Web page: " + ID + ".html");
    assertThat(Files.readString(out.resolve(ID + ".txt"))).doesNotContain("Web page:");
  }

  @Test
  void thePageAloneListsNothingAndIsAsBefore() throws IOException {
    Path alone = dir.resolve("alone");
    Path together = dir.resolve("together");
    assertThat(cli.run("render", "--out", alone.toString(), "--format", "html")).isZero();
    assertThat(cli.run("render", "--out", together.toString(), "--format", "html,text")).isZero();

    String page = Files.readString(alone.resolve(ID + ".html"));
    assertThat(page).doesNotContain("also available").doesNotContain("href=\"" + ID);
    Document listed = Jsoup.parse(together.resolve(ID + ".html").toFile(), "UTF-8");
    assertThat(listed.select("footer a").eachAttr("href")).contains(ID + ".txt");
    listed.select("footer div.alternative-formats").remove();
    assertThat(listed.outerHtml()).isEqualTo(Jsoup.parse(page).outerHtml());
  }

  @Test
  void withoutThePageThePdfNamesNone() throws IOException {
    Path out = dir.resolve("out");
    assertThat(cli.run("render", "--out", out.toString(), "--format", "pdf,docx")).isZero();
    try (PDDocument pdf = Loader.loadPDF(out.resolve(ID + ".pdf").toFile())) {
      assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("Web page:");
    }
    assertThat(documentXml(out.resolve(ID + "-easy-read.docx"))).doesNotContain("Web page:");
  }

  /** The size as the English page writes it: kilobytes of 1,000 bytes, rounded up. */
  private static String kilobytes(Path file) throws IOException {
    long bytes = Files.size(file);
    assertThat(bytes).isLessThan(999_500);
    return String.format(java.util.Locale.UK, "%,d kB", (bytes + 999) / 1000);
  }

  private static String documentXml(Path docx) throws IOException {
    try (ZipFile zip = new ZipFile(docx.toFile())) {
      return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
