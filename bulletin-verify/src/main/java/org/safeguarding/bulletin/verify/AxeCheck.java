package org.safeguarding.bulletin.verify;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core in a headless Chromium, on each page at 1,280 and at 320 CSS pixels wide, with the
 * rules tagged WCAG 2.0, 2.1 and 2.2 A and AA (axe-core's best practices are left out: they are no
 * part of WCAG). Each rule violated is a failure, once per element, with the widths at which it
 * fails, sorted by rule and element. The browser starts at the first page and serves every page of one run; {@link #close()}
 * quits it. Without a Chromium or a chromedriver, or when the browser does not start, the check is
 * "not run", with why: never a silent pass.
 */
final class AxeCheck implements Check, AutoCloseable {
  static final String CHECK = "WCAG 2.2 AA (automated part)";
  static final String VALIDATOR = "axe-core";
  private static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
  private static final List<Integer> WIDTHS = List.of(1280, 320);

  private final Chromium chromium;
  private @Nullable ChromeDriver driver;
  private @Nullable String cannotRun;

  AxeCheck(Chromium chromium) {
    this.chromium = chromium;
  }

  @Override
  public List<CheckResult> check(Path file, byte[] bytes) {
    Optional<String> why = start();
    if (why.isPresent()) {
      return List.of(CheckResult.notRun(CHECK, VALIDATOR, why.get()));
    }
    ChromeDriver browser = driver;
    Map<Violation, List<String>> widths = new LinkedHashMap<>();
    String version = "";
    try {
      browser.get(file.toAbsolutePath().toUri().toString());
      for (int width : WIDTHS) {
        HeadlessChromium.viewport(browser, width);
        Results results = new AxeBuilder().withTags(TAGS).analyze(browser);
        if (results.isErrored()) {
          return List.of(CheckResult.notRun(CHECK, VALIDATOR, "axe-core stopped with an error: "
              + firstLine(results.getErrorMessage())));
        }
        version = results.getTestEngine().getVersion();
        for (Rule rule : results.getViolations()) {
          for (CheckedNode node : rule.getNodes()) {
            Violation violation = new Violation(rule.getId(), rule.getHelp() + " (" + rule.getImpact() + ")",
                selector(node.getTarget()));
            widths.computeIfAbsent(violation, v -> new ArrayList<>()).add(Integer.toString(width));
          }
        }
      }
    } catch (WebDriverException e) {
      return List.of(CheckResult.notRun(CHECK, VALIDATOR, "Chromium failed on the page: " + firstLine(e.getMessage())));
    }
    List<RuleFailure> found = new ArrayList<>();
    widths.forEach((v, at) -> found.add(new RuleFailure(v.rule(), v.message(),
        v.target() + " (" + String.join(" and ", at) + " px wide)")));
    found.sort(Comparator.comparing(RuleFailure::rule).thenComparing(RuleFailure::where));
    return List.of(CheckResult.of(CHECK, VALIDATOR, version, found));
  }

  /** Starts the browser once; empty when it runs, else why it does not. */
  private Optional<String> start() {
    if (driver != null || cannotRun != null) {
      return Optional.ofNullable(cannotRun);
    }
    if (!Files.isExecutable(chromium.binary())) {
      cannotRun = "no Chromium at " + chromium.binary() + " (name one with --chromium or "
          + Chromium.BINARY_VARIABLE + ")";
    } else if (!Files.isExecutable(chromium.driver())) {
      cannotRun = "no chromedriver at " + chromium.driver() + " (name one with --chromedriver or "
          + Chromium.DRIVER_VARIABLE + ")";
    } else {
      try {
        driver = HeadlessChromium.start(chromium);
      } catch (WebDriverException e) {
        cannotRun = "the Chromium at " + chromium.binary() + " did not start: " + firstLine(e.getMessage());
      }
    }
    return Optional.ofNullable(cannotRun);
  }

  /** Quits the browser, if it was started. */
  @Override
  public void close() {
    if (driver != null) {
      driver.quit();
      driver = null;
    }
  }

  /** axe-core's CSS selector of an element: one, or one per frame or shadow root on the way to it. */
  private static String selector(Object target) {
    return target instanceof List<?> path
        ? path.stream().map(String::valueOf).collect(Collectors.joining(" >>> "))
        : String.valueOf(target);
  }

  /** One rule violated by one element, at any width. */
  private record Violation(String rule, String message, String target) {}

  private static String firstLine(@Nullable String message) {
    String text = message == null ? "no message" : message.strip();
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end).strip();
  }
}
