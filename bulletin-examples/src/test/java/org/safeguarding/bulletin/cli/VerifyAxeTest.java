package org.safeguarding.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify} with axe-core in the system's Chromium: the example's page and Easy Read page
 * pass at both widths, with axe-core's version named; a page with a picture without alternative
 * text fails with the rule named; a Chromium named where there is none is reported as not run.
 */
@Tag("tools") // needs Chromium and chromedriver: run by mvn verify, left out by -Pjdk-only
class VerifyAxeTest {
  @TempDir
  Path dir;

  private final CliRun cli = new CliRun();

  @Test
  void theExamplesPagesPassAxeCore() throws java.io.IOException {
    Path out = dir.resolve("out");
    assertThat(cli.run("render", "--out", out.toString(), "--format", "html,easy-read-html")).isZero();
    // Rendered together, the page lists the Easy Read page: axe-core checks that list too.
    assertThat(java.nio.file.Files.readString(out.resolve("online-risks-and-harms.html")))
        .contains("This bulletin is also available:", "href=\"online-risks-and-harms-easy-read.html\"");

    int code = cli.run("verify", out.resolve("online-risks-and-harms.html").toString(),
        out.resolve("online-risks-and-harms-easy-read.html").toString());

    assertThat(code).as(cli.out()).isZero();
    assertThat(cli.out()).containsPattern("WCAG 2\\.2 AA \\(automated part\\): passed \\(axe-core \\d+\\.\\d+\\.\\d+\\)")
        .doesNotContain("not run").contains("2 files: 2 passed, 0 failed, 0 could not be verified\n");
  }

  @Test
  void aPictureWithoutAlternativeTextFailsWithTheRuleNamed() throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), """
        <!DOCTYPE html>
        <html lang="en-GB"><head><meta charset="utf-8"><title>A page</title></head>
        <body><main><h1>A page</h1><img src="x.png" width="10" height="10" alt=""><img src="y.png" width="10" height="10"></main></body></html>
        """);

    assertThat(cli.run("verify", page.toString())).isEqualTo(1);
    assertThat(cli.out()).containsPattern("WCAG 2\\.2 AA \\(automated part\\): FAILED \\(axe-core \\d+\\.\\d+\\.\\d+\\)")
        .contains("    image-alt: Images must have alternative text (critical) at img[src=\"y.png\"] (1280 and 320 px wide)");
  }

  @Test
  void aChromiumThatIsNotThereIsReportedAsNotRun() throws IOException {
    Path page = Files.writeString(dir.resolve("page.html"), """
        <!DOCTYPE html>
        <html lang="en-GB"><head><meta charset="utf-8"><title>A page</title></head>
        <body><main><h1>A page</h1><p>Some text.</p></main></body></html>
        """);

    int code = cli.run("verify", page.toString(), "--chromium", dir.resolve("missing").toString());

    assertThat(code).as(cli.out()).isZero();
    assertThat(cli.out()).contains("  axe-core: not run (no Chromium at " + dir.resolve("missing"),
        "1 file: 1 passed, 0 failed, 0 could not be verified; 1 check not run");
  }
}
