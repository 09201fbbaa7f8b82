package org.safeguarding.bulletin.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * axe-core in the system's Chromium, from {@link Verifier}: a clean page passes with axe-core's
 * version named; a picture without alternative text and faint text fail with their rules and where;
 * one browser serves several pages.
 */
@Tag("tools") // needs Chromium and chromedriver: run by mvn verify, left out by -Pjdk-only
class AxeCheckTest {
  private static final String PAGE = VerifierTest.PAGE;

  @TempDir
  Path dir;

  private final Verifier verifier = Verifier.create();

  @Test
  void theSystemsChromiumIsThere() {
    assertThat(verifier.chromium().binary())
        .as("Chromium is needed for axe-core: apt-get install chromium chromium-driver").isExecutable();
    assertThat(verifier.chromium().driver())
        .as("chromedriver is needed for axe-core: apt-get install chromium chromium-driver").isExecutable();
  }

  @Test
  void aCleanPagePassesAndAxeCoresVersionIsNamed() throws IOException {
    FileReport report = verifier.verify(Files.writeString(dir.resolve("page.html"), PAGE));

    CheckResult axe = report.checks().get(1);
    assertThat(axe.validator()).isEqualTo("axe-core");
    assertThat(axe.check()).isEqualTo("WCAG 2.2 AA (automated part)");
    assertThat(axe.status()).as(axe.toString()).isEqualTo(CheckResult.Status.PASSED);
    assertThat(axe.version()).matches("\\d+\\.\\d+\\.\\d+");
  }

  @Test
  void aPictureWithoutAltAndFaintTextFailWithTheirRulesAndWhere() throws IOException {
    Path page = Files.writeString(dir.resolve("broken.html"), PAGE.replace("<p>Some text.</p>",
        "<img src=\"x.png\" width=\"10\" height=\"10\"><p style=\"color:#bbb\">Faint text.</p>"));
    Path clean = Files.writeString(dir.resolve("clean.html"), PAGE);

    List<FileReport> reports = verifier.verify(List.of(page, clean));

    CheckResult axe = reports.get(0).checks().get(1);
    assertThat(reports.get(0).passed()).isFalse();
    assertThat(axe.status()).isEqualTo(CheckResult.Status.FAILED);
    assertThat(axe.failures()).extracting(RuleFailure::rule).containsExactly("color-contrast", "image-alt");
    assertThat(axe.failures()).extracting(RuleFailure::where)
        .containsExactly("p (1280 and 320 px wide)", "img (1280 and 320 px wide)");
    assertThat(axe.failures().get(1).message()).contains("alternative text", "(critical)");
    assertThat(reports.get(1).checks().get(1).status()).isEqualTo(CheckResult.Status.PASSED);
  }
}
