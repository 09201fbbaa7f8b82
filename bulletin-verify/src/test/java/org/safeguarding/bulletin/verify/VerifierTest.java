package org.safeguarding.bulletin.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Verifier} on files made here: a page that passes, one without lang, an untagged PDF, no file. */
class VerifierTest {
  static final String PAGE = """
      <!DOCTYPE html>
      <html lang="en-GB"><head><meta charset="utf-8"><title>A page</title></head>
      <body><main><h1>A page</h1><p>Some text.</p></main></body></html>
      """;

  @TempDir
  Path dir;

  /** No browser, so that these tests need only a JDK; {@code AxeCheckTest} runs axe-core in one. */
  private Verifier verifier() {
    return Verifier.create().withChromium(new Chromium(dir.resolve("no-chromium"), dir.resolve("no-chromedriver")));
  }

  @Test
  void aValidPageWithItsLanguagePassesTheNuCheckerAndSaysAxeDidNotRunWithoutAChromium() throws IOException {
    FileReport report = verifier().verify(Files.writeString(dir.resolve("page.html"), PAGE));

    assertThat(report.passed()).as(report.toString()).isTrue();
    assertThat(report.checks()).extracting(CheckResult::validator, CheckResult::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Nu HTML Checker", CheckResult.Status.PASSED),
            org.assertj.core.groups.Tuple.tuple("axe-core", CheckResult.Status.NOT_RUN));
    assertThat(report.checks().get(0).version()).matches("\\d+\\.\\d+\\.\\d+");
    assertThat(report.checks().get(1).note()).isEqualTo("no Chromium at " + dir.resolve("no-chromium")
        + " (name one with --chromium or BULLETIN_CHROMIUM)");
    assertThat(report.manualChecks()).isNotEmpty();
  }

  @Test
  void thePageIsCheckedWhateverTheStackOfTheCallersThread() throws Exception {
    // The Nu checker's schema set-up recurses deeply: with the quick compiler alone (as bin/bulletin
    // runs), a 1 MB main thread overflowed. A caller's small stack must not matter.
    Path page = Files.writeString(dir.resolve("page.html"), PAGE);
    FileReport[] report = new FileReport[1];
    Throwable[] thrown = new Throwable[1];
    Thread small = new Thread(null, () -> {
      try {
        report[0] = verifier().verify(page);
      } catch (Throwable e) {
        thrown[0] = e;
      }
    }, "small-stack", 192 * 1024);
    small.start();
    small.join();

    assertThat(thrown[0]).isNull();
    assertThat(report[0].passed()).as(report[0].toString()).isTrue();
  }

  @Test
  void aPageWithoutLangFails() throws IOException {
    FileReport report = verifier().verify(Files.writeString(dir.resolve("page.html"), PAGE.replace(" lang=\"en-GB\"", "")));

    assertThat(report.passed()).isFalse();
    assertThat(report.checks().get(0).failures()).anyMatch(f -> f.message().contains("lang"));
  }

  @Test
  void anUntaggedPdfFailsPdfUa1AndPdfA2aWithTheRulesNamed() throws IOException {
    Path pdf = dir.resolve("untagged.pdf");
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.save(pdf.toFile());
    }

    FileReport report = verifier().verify(pdf);

    assertThat(report.passed()).isFalse();
    assertThat(report.checks()).extracting(CheckResult::check).containsExactly("PDF/UA-1", "PDF/A-2a");
    assertThat(report.checks()).allMatch(c -> c.status() == CheckResult.Status.FAILED && c.validator().equals("veraPDF"));
    assertThat(report.checks().get(0).failures()).extracting(RuleFailure::rule).isNotEmpty()
        .allMatch(rule -> rule.matches("[\\d.]+-\\d+"));
  }

  @Test
  void aMissingFileOrAFileOfNoKnownKindCannotBeVerified() throws IOException {
    assertThat(verifier().verify(dir.resolve("gone.pdf")).unreadable()).contains("no such file");
    assertThat(verifier().verify(Files.writeString(dir.resolve("notes.txt"), "x")).unreadable()).isPresent();
    assertThat(verifier().verify(Files.writeString(dir.resolve("fake.docx"), "not a zip")).unreadable()).isPresent();
    assertThat(verifier().verify(Files.writeString(dir.resolve("fake.pdf"), "not a pdf")).unreadable()).isPresent();
  }

  @Test
  void theJsonReportHasTheDocumentedFields() throws IOException {
    FileReport report = verifier().verify(Files.writeString(dir.resolve("page.html"), PAGE));
    StringWriter json = new StringWriter();

    JsonReport.write(java.util.List.of(report), json);

    assertThat(json.toString()).contains("\"verifier\" : \"bulletin-verify ", "\"passed\" : true", "\"outcome\" : \"passed\"",
        "\"validator\" : \"Nu HTML Checker\"", "\"status\" : \"not-run\"", "\"manualChecks\"");
  }
}
