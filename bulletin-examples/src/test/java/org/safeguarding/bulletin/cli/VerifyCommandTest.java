package org.safeguarding.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify}: the example's three outputs pass; an untagged PDF, a page without lang, no file do
 * not. These tests name a Chromium that is not there, so that they need only a JDK and show that
 * axe-core is then reported as not run; {@code VerifyAxeTest} runs it in the system's Chromium.
 */
class VerifyCommandTest {
  @TempDir
  Path dir;

  private final CliRun cli = new CliRun();

  /** {@code verify ARGS... --chromium DIR/no-chromium}. */
  private int verify(String... args) {
    String[] all = java.util.Arrays.copyOf(args, args.length + 2);
    all[args.length] = "--chromium";
    all[args.length + 1] = dir.resolve("no-chromium").toString();
    return cli.run(all);
  }

  @Test
  void theExamplesThreeOutputsPassAndTheReportNamesEachValidatorAndItsVersion() throws IOException {
    Path out = dir.resolve("out");
    assertThat(cli.run("render", "--out", out.toString())).isZero();
    Path json = dir.resolve("report.json");

    int code = verify("verify", out.resolve("online-risks-and-harms.pdf").toString(),
        out.resolve("online-risks-and-harms.html").toString(),
        out.resolve("online-risks-and-harms-easy-read.docx").toString(), "--report", json.toString());

    assertThat(code).as(cli.out()).isZero();
    assertThat(cli.out()).containsPattern("PDF/UA-1: passed \\(veraPDF \\d+\\.\\d+\\.\\d+\\)")
        .containsPattern("PDF/A-2a: passed \\(veraPDF \\d+\\.\\d+\\.\\d+\\)")
        .containsPattern("HTML: passed \\(Nu HTML Checker \\d+\\.\\d+\\.\\d+\\)")
        .containsPattern("passed \\(bulletin DOCX checks \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\)")
        .contains("axe-core: not run (no Chromium at " + dir.resolve("no-chromium")
            + " (name one with --chromium or BULLETIN_CHROMIUM))", "still to check by a person:",
            "3 files: 3 passed, 0 failed, 0 could not be verified; 1 check not run");
    assertThat(Files.readString(json)).contains("\"passed\" : true", "\"validator\" : \"veraPDF\"");
  }

  @Test
  void anUntaggedPdfFailsAndTheFailedRulesAreNamed() throws IOException {
    Path pdf = dir.resolve("untagged.pdf");
    try (PDDocument document = new PDDocument()) {
      document.addPage(new PDPage());
      document.save(pdf.toFile());
    }

    assertThat(verify("verify", pdf.toString())).isEqualTo(1);
    assertThat(cli.out()).contains(pdf + ": FAILED", "PDF/UA-1: FAILED (veraPDF ")
        .containsPattern("\n    [\\d.]+-\\d+: .+");
  }

  @Test
  void aPageWithoutLangFails() throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), """
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>A page</title></head>
        <body><main><h1>A page</h1><p>Some text.</p></main></body></html>
        """);

    assertThat(verify("verify", page.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("HTML: FAILED (Nu HTML Checker ", "lang");
  }

  @Test
  void aFileThatCannotBeReadExitsThree() {
    assertThat(verify("verify", dir.resolve("gone.pdf").toString())).isEqualTo(3);
    assertThat(cli.out()).contains("gone.pdf: NOT VERIFIED", "cannot verify: no such file");
  }
}
