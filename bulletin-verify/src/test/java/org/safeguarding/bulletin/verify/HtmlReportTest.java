package org.safeguarding.bulletin.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link HtmlReport}: the page passes the Nu HTML Checker (this module's own), lists each file with
 * a table of its checks, and shows a validator's message that looks like markup as text.
 */
class HtmlReportTest {
  private static final String HOSTILE = "<script>alert(1)</script> & <b>bold</b>";

  @TempDir
  Path dir;

  private final List<FileReport> reports = List.of(
      new FileReport(Path.of("out/a.pdf"), Optional.of(FileKind.PDF),
          List.of(CheckResult.of("PDF/UA-1", "veraPDF", "1.28.1", List.of())),
          List.of("The reading order makes sense"), Optional.empty()),
      new FileReport(Path.of("out/b " + HOSTILE + ".html"), Optional.of(FileKind.HTML),
          List.of(CheckResult.of("HTML", "Nu HTML Checker", "26.1.1", List.of(new RuleFailure("error", HOSTILE, "line 1"))),
              CheckResult.notRun("accessibility", "axe-core", "no Chromium")),
          List.of(), Optional.empty()),
      FileReport.unreadable(Path.of("out/gone.docx"), Optional.of(FileKind.DOCX), "no such file"));

  private final LibraryReport library = new LibraryReport(Map.of(Path.of("out/a.txt"), "no validator for plain text"),
      Map.of(Path.of("out/a.pdf"), List.of("Every text of the model is tagged, in reading order")));

  @Test
  void thePagePassesTheNuHtmlChecker() throws IOException {
    Path page = dir.resolve("report.html");
    try (Writer out = Files.newBufferedWriter(page, StandardCharsets.UTF_8)) {
      HtmlReport.write(reports, library, out);
    }

    FileReport report = Verifier.create().verify(page);

    assertThat(report.checks().get(0).failures()).isEmpty();
    assertThat(report.passed()).isTrue();
  }

  @Test
  void listsEachFileWithATableOfItsChecksAndWhatItKnowsBeside() throws IOException {
    Document page = parse();

    assertThat(page.selectFirst("html").attr("lang")).isEqualTo("en");
    assertThat(page.select("h2")).extracting(Element::text).containsExactly("out/a.pdf: passed",
        "out/b " + HOSTILE + ".html: FAILED", "out/gone.docx: NOT VERIFIED", "out/a.txt: not checked");
    assertThat(page.select("table")).hasSize(2);
    assertThat(page.select("table").first().select("thead th")).extracting(Element::text)
        .containsExactly("Check", "Validator", "Version", "Result");
    assertThat(page.select("table").first().select("tbody td")).extracting(Element::text)
        .containsExactly("veraPDF", "1.28.1", "passed");
    assertThat(page.select("li")).extracting(Element::text).contains("Every text of the model is tagged, in reading order",
        "The reading order makes sense", "error: " + HOSTILE + ", at line 1");
    assertThat(page.text()).contains("not run: no Chromium", "Cannot verify: no such file.");
  }

  @Test
  void writesMarkupFromAFileNameOrAMessageAsText() throws IOException {
    assertThat(parse().select("script, b")).isEmpty();
  }

  private Document parse() throws IOException {
    StringWriter out = new StringWriter();
    HtmlReport.write(reports, library, out);
    return Jsoup.parse(out.toString());
  }
}
