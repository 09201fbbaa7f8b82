package org.safeguarding.bulletin.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Takes full-page screenshots of the example page in headless Chromium, into {@code
 * target/screenshots/}. With {@code -Dscreenshots.update=true} it also copies them to {@code
 * docs/images/} at the repository root, for the README.
 */
@Tag("tools") // needs Chromium and chromedriver: run by mvn verify, left out by -Pjdk-only
class ScreenshotTest {
  private static final Path DOCS = Path.of("..", "docs", "images");

  @ParameterizedTest(name = "{0}px")
  @ValueSource(ints = {1280, 320})
  void screenshotsTheExample(int width) throws Exception {
    Path page = Fixtures.writePage(Fixtures.EXAMPLE);
    String name = width == 1280 ? "html-example.png" : "html-example-" + width + ".png";
    ChromeDriver driver = Browser.start();
    try {
      Browser.viewport(driver, width, 900);
      driver.get(page.toUri().toString());
      int height = ((Number) driver.executeScript("return document.documentElement.scrollHeight;")).intValue();
      Browser.viewport(driver, width, height);
      byte[] png = driver.getScreenshotAs(OutputType.BYTES);

      Path shot = Files.createDirectories(Path.of("target", "screenshots")).resolve(name);
      Files.write(shot, png);
      assertThat(png).as("a PNG").startsWith(0x89, 'P', 'N', 'G');
      if (Boolean.getBoolean("screenshots.update")) {
        Files.copy(shot, Files.createDirectories(DOCS).resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      driver.quit();
    }
  }
}
