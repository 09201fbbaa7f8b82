package org.safeguarding.bulletin.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core finds no violation of WCAG 2.0, 2.1 and 2.2 A and AA, nor of its best practices, in a
 * real headless Chromium, on a wide screen and on a 320 px phone; and the phone never scrolls
 * sideways (WCAG 2.2 success criterion 1.4.10).
 */
@Tag("tools") // needs Chromium and chromedriver: run by mvn verify, left out by -Pjdk-only
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AxeBrowserTest {
  private static final List<String> TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice");

  private ChromeDriver driver;

  @BeforeAll
  void startBrowser() {
    driver = Browser.start();
  }

  @AfterAll
  void quitBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @ParameterizedTest(name = "{0} at {1}px")
  @CsvSource({
    Fixtures.EXAMPLE + ", 1280", Fixtures.EXAMPLE + ", 320",
    Fixtures.EVERY_FIELD + ", 1280", Fixtures.EVERY_FIELD + ", 320",
    Fixtures.WELSH + ", 1280", Fixtures.WELSH + ", 320",
    Fixtures.LONG_WORDS + ", 1280", Fixtures.LONG_WORDS + ", 320",
    Fixtures.COMBINING_MARKS + ", 1280", Fixtures.COMBINING_MARKS + ", 320",
    Fixtures.URDU + ", 1280", Fixtures.URDU + ", 320", Fixtures.ARABIC + ", 1280", Fixtures.ARABIC + ", 320",
    Fixtures.PUNJABI + ", 1280", Fixtures.PUNJABI + ", 320", Fixtures.CHINESE + ", 1280", Fixtures.CHINESE + ", 320",
    Fixtures.POLISH + ", 1280", Fixtures.POLISH + ", 320", Fixtures.PAIR_ENGLISH + ", 1280",
    Fixtures.PAIR_WELSH + ", 320"})
  void hasNoViolations(String fixture, int width) {
    Browser.viewport(driver, width, 900);
    driver.get(Fixtures.writePage(fixture).toUri().toString());

    Results results = new AxeBuilder().withTags(TAGS).analyze(driver);

    assertThat(results.isErrored()).as("axe ran: %s", results.getErrorMessage()).isFalse();
    assertThat(results.getPasses()).as("axe checked the page").isNotEmpty();
    assertThat(describe(results.getViolations())).as("axe violations in %s at %dpx", fixture, width).isEmpty();
  }

  @ParameterizedTest(name = "Easy Read {0} at {1}px")
  @CsvSource({
    Fixtures.EXAMPLE + ", 1280", Fixtures.EXAMPLE + ", 320",
    Fixtures.EVERY_FIELD + ", 1280", Fixtures.EVERY_FIELD + ", 320",
    Fixtures.WELSH + ", 1280", Fixtures.MINIMAL + ", 320",
    Fixtures.LONG_WORDS + ", 1280", Fixtures.LONG_WORDS + ", 320",
    Fixtures.URDU + ", 1280", Fixtures.URDU + ", 320", Fixtures.ARABIC + ", 320",
    Fixtures.PUNJABI + ", 1280", Fixtures.CHINESE + ", 320", Fixtures.PAIR_ENGLISH + ", 1280"})
  void easyReadPageHasNoViolationsAndDoesNotScrollSideways(String fixture, int width) {
    Browser.viewport(driver, width, 900);
    driver.get(Fixtures.writeEasyReadPage(fixture).toUri().toString());

    Results results = new AxeBuilder().withTags(TAGS).analyze(driver);

    assertThat(results.isErrored()).as("axe ran: %s", results.getErrorMessage()).isFalse();
    assertThat(results.getPasses()).as("axe checked the page").isNotEmpty();
    assertThat(describe(results.getViolations())).as("axe violations in Easy Read %s at %dpx", fixture, width).isEmpty();
    long scrollWidth = ((Number) driver.executeScript("return document.documentElement.scrollWidth;")).longValue();
    assertThat(scrollWidth).as("Easy Read page width at %dpx", width).isLessThanOrEqualTo(width);
    assertThat(textBeyondTheViewport()).as("text that runs past the right edge").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({Fixtures.EXAMPLE, Fixtures.EVERY_FIELD, Fixtures.WELSH, Fixtures.MINIMAL, Fixtures.LONG_WORDS,
      Fixtures.COMBINING_MARKS, Fixtures.URDU, Fixtures.ARABIC, Fixtures.PUNJABI, Fixtures.CHINESE})
  void doesNotScrollSidewaysAt320Pixels(String fixture) {
    Browser.viewport(driver, 320, 900);
    driver.get(Fixtures.writePage(fixture).toUri().toString());

    long scrollWidth = ((Number) driver.executeScript("return document.documentElement.scrollWidth;")).longValue();
    long innerWidth = ((Number) driver.executeScript("return window.innerWidth;")).longValue();

    assertThat(scrollWidth).as("page width at 320px").isLessThanOrEqualTo(innerWidth);
    assertThat(textBeyondTheViewport()).as("text that runs past the right edge at 320px").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({Fixtures.EXAMPLE, Fixtures.EVERY_FIELD, Fixtures.WELSH, Fixtures.MINIMAL, Fixtures.COMBINING_MARKS})
  void breaksALongWordAt320PixelsInEveryFixture(String fixture) {
    Browser.viewport(driver, 320, 900);
    driver.get(Fixtures.writePage(fixture).toUri().toString());
    // The same sixty letters as the long-words fixture, put into this fixture's own heading, paragraph
    // and contact name, so that each of its layouts is tried with a word wider than the screen.
    driver.executeScript("const word = 'Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogochuc';"
        + "for (const e of document.querySelectorAll('h1, h2, h3, p, li, dd')) {"
        + "  e.append(' ' + word); }");

    long scrollWidth = ((Number) driver.executeScript("return document.documentElement.scrollWidth;")).longValue();

    assertThat(scrollWidth).as("page width at 320px").isLessThanOrEqualTo(320);
    assertThat(textBeyondTheViewport()).as("text that runs past the right edge at 320px").isEmpty();
  }

  /** Every text whose box ends to the right of the viewport, even where a parent clips it from view. */
  @SuppressWarnings("unchecked")
  private List<String> textBeyondTheViewport() {
    return (List<String>) driver.executeScript("const out = [];"
        + "const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);"
        + "for (let n = walker.nextNode(); n; n = walker.nextNode()) {"
        + "  if (!n.textContent.trim()) continue;"
        + "  const range = document.createRange(); range.selectNodeContents(n);"
        + "  for (const r of range.getClientRects()) {"
        + "    if (r.width > 0 && r.right > window.innerWidth + 0.5) {"
        + "      out.push(n.parentElement.tagName + '.' + n.parentElement.className + ': ' + n.textContent.trim().slice(0, 40));"
        + "      break; } } }"
        + "return out;");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({Fixtures.EXAMPLE, Fixtures.EVERY_FIELD})
  void hasNoViolationsInADarkColourScheme(String fixture) {
    Browser.viewport(driver, 1280, 900);
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
    try {
      driver.get(Fixtures.writePage(fixture).toUri().toString());
      String background = (String) driver.executeScript("return getComputedStyle(document.body).backgroundColor;");
      assertThat(background).as("the dark palette is in use").isEqualTo("rgb(18, 20, 23)");

      Results results = new AxeBuilder().withTags(TAGS).analyze(driver);

      assertThat(describe(results.getViolations())).as("axe violations in %s, dark", fixture).isEmpty();
    } finally {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    }
  }

  @Test
  void reportsViolationsInABrokenPage() throws Exception {
    Path broken = Files.writeString(
        Files.createDirectories(Path.of("target", "pages")).resolve("broken.html"),
        "<!DOCTYPE html><html><head><title>x</title></head><body><img src=\"x.png\"><p style=\"color:#aaa\">faint</p></body></html>");
    Browser.viewport(driver, 1280, 900);
    driver.get(broken.toUri().toString());

    Results results = new AxeBuilder().withTags(TAGS).analyze(driver);

    assertThat(results.getViolations()).extracting(Rule::getId)
        .contains("html-has-lang", "image-alt", "color-contrast");
  }

  private static String describe(List<Rule> violations) {
    return violations.stream()
        .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + "\n    "
            + v.getNodes().stream().map(n -> n.getTarget() + " " + n.getFailureSummary())
                .collect(Collectors.joining("\n    ")))
        .collect(Collectors.joining("\n"));
  }
}
