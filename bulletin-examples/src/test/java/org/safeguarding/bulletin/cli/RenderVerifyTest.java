package org.safeguarding.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.testing.Fixtures;
import org.safeguarding.bulletin.verify.Chromium;
import org.safeguarding.bulletin.verify.FileReport;
import org.safeguarding.bulletin.verify.Verifier;

/**
 * {@code render --verify}: renders, then verifies each file written as {@code verify} does; the
 * HTML report passes the Nu HTML Checker and lists each file; a failed check exits 1 and leaves the
 * files written.
 */
class RenderVerifyTest {
  /** No browser, so that these tests need only a JDK; {@code VerifyAxeTest} runs axe-core. */
  private static final String NO_CHROMIUM = "/nonexistent/chromium";
  private static final String EVERY_FORMAT = "html,docx,pdf,text,easy-read-html,easy-read-pdf";

  @TempDir
  Path dir;

  private Path input() throws IOException {
    return Files.writeString(dir.resolve("x.json"), Fixtures.text(Fixtures.VALID + "/online-safety-en.json"));
  }

  @Test
  void rendersVerifiesEveryFileAndNamesEachValidator() throws IOException {
    CliRun cli = new CliRun();
    Path out = dir.resolve("out");

    int code = cli.run("render", input().toString(), "--verify", "--out", out.toString(), "--format", EVERY_FORMAT,
        "--chromium", NO_CHROMIUM);

    assertThat(code).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out()).containsPattern("PDF/UA-1: passed \\(veraPDF \\d+\\.\\d+\\.\\d+\\)")
        .containsPattern("HTML: passed \\(Nu HTML Checker \\d+\\.\\d+\\.\\d+\\)")
        .contains("passed (bulletin DOCX checks ", "axe-core: not run (", ".txt: not checked (no validator checks text files)",
            "5 files: 5 passed, 0 failed, 0 could not be verified; 1 not checked; 2 checks not run")
        .contains("accessibility statement of online-safety-en (en-GB), to paste under the GOV.UK model statement:\n"
            + "  “Keeping safe online” is made to meet the Web Content Accessibility Guidelines version 2.2 (WCAG 2.2) at level AA. "
            + "Its PDF is also made to meet PDF/UA-1 (ISO 14289-1) and PDF/A-2a (ISO 19005-2). "
            + "These automated checks found no problems: Nu HTML Checker ")
        .contains("These automated checks have not been made yet: axe-core (WCAG 2.2 AA (automated part)).",
            "contact Example Safeguarding Partnership (https://safeguarding.example.org).");
  }

  @Test
  void writesAnHtmlReportThatPassesTheNuCheckerAndListsEachFile() throws IOException {
    CliRun cli = new CliRun();
    Path out = dir.resolve("out");
    Path html = dir.resolve("report.html");
    Path json = dir.resolve("report.json");

    int code = cli.run("render", input().toString(), "--verify", "--out", out.toString(), "--format", EVERY_FORMAT,
        "--report-html", html.toString(), "--report", json.toString(), "--chromium", NO_CHROMIUM);

    assertThat(code).as(cli.out() + cli.err()).isZero();
    FileReport nu = Verifier.create().withChromium(new Chromium(Path.of(NO_CHROMIUM), Path.of(NO_CHROMIUM))).verify(html);
    assertThat(nu.checks().get(0).failures()).isEmpty();
    assertThat(nu.passed()).isTrue();
    Document report = Jsoup.parse(Files.readString(html, StandardCharsets.UTF_8));
    try (var files = Files.list(out)) {
      List<String> headings = report.select("h2").eachText();
      files.forEach(file -> assertThat(headings).anyMatch(h -> h.startsWith(file + ": ")));
    }
    assertThat(report.select("h2")).hasSize(7); // the statement, then five files checked and one not
    assertThat(report.select("li")).extracting(Element::text)
        .contains("The document declares the bulletin's language, en-GB (PdfRendererTest)");
    assertThat(Files.readString(json)).contains("\"passed\" : true", "\"statements\" : [ {",
        "\"bulletin\" : \"online-safety-en\"", "\"heading\" : \"Accessibility statement\"");
    assertThat(report.select("section[lang=en-GB] > h2").text()).isEqualTo("Accessibility statement");
    assertThat(report.select("section[lang=en-GB] > p").text()).startsWith("“Keeping safe online” is made to meet");
  }

  @Test
  void verifyWithTheBulletinGivesItsStatementInItsLanguage() throws IOException {
    CliRun cli = new CliRun();
    Path out = dir.resolve("out");
    Path welsh = Files.writeString(dir.resolve("cy.json"), Fixtures.text(Fixtures.VALID + "/online-safety-cy.json"));
    assertThat(cli.run("render", welsh.toString(), "--out", out.toString(), "--format", "html")).isZero();

    int code = cli.run("verify", out.resolve("online-safety-cy.html").toString(), "--bulletin", welsh.toString(),
        "--chromium", NO_CHROMIUM);

    assertThat(code).as(cli.out() + cli.err()).isZero();
    assertThat(cli.out()).contains("accessibility statement of online-safety-cy (cy), to paste under the GOV.UK model statement:\n"
        + "  Mae “Cadw'n ddiogel ar-lein” wedi'i wneud i fodloni Canllawiau Hygyrchedd Cynnwys y We fersiwn 2.2");
  }

  @Test
  void aFailedCheckExitsOneAndTheFilesStayWritten() throws IOException {
    CliRun cli = new CliRun(withoutLang());
    Path out = dir.resolve("out");

    int code = cli.run("render", input().toString(), "--verify", "--out", out.toString(), "--format", "html",
        "--chromium", NO_CHROMIUM);

    assertThat(code).as(cli.out() + cli.err()).isEqualTo(1);
    assertThat(cli.out()).contains("HTML: FAILED (Nu HTML Checker ");
    assertThat(cli.err()).contains("bulletin: the files stay written in " + out + ", though a check failed");
    try (var files = Files.list(out)) {
      assertThat(files).singleElement().satisfies(file -> assertThat(file.toString()).endsWith(".html"));
    }
  }

  @Test
  void aReportWithoutVerifyIsWrongUsage() throws IOException {
    CliRun cli = new CliRun();

    assertThat(cli.run("render", input().toString(), "--report-html", dir.resolve("r.html").toString())).isEqualTo(2);
    assertThat(cli.err()).contains("--report and --report-html need --verify");
  }

  /** Renderers whose HTML loses its {@code lang}, which the Nu HTML Checker reports. */
  private static UnaryOperator<BulletinRenderer> withoutLang() {
    return renderer -> new RenderingWrapper(renderer, (wrapped, bulletin, stream) -> {
      ByteArrayOutputStream page = new ByteArrayOutputStream();
      wrapped.render(bulletin, page);
      stream.write(page.toString(StandardCharsets.UTF_8).replaceFirst(" lang=\"[^\"]*\"", "")
          .getBytes(StandardCharsets.UTF_8));
    });
  }
}
