package org.safeguarding.bulletin.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium, driven through Debian's chromedriver. Both paths are named, so that
 * Selenium Manager never downloads a browser or a driver; a missing one fails the test.
 *
 * <p>Override the paths with {@code -Dchromium.binary=…} and {@code -Dchromedriver.binary=…}.
 */
final class Browser {
  private static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

  private Browser() {}

  /** A new headless Chromium; the caller quits it. */
  static ChromeDriver start() {
    assertThat(new File(CHROMIUM))
        .as("Chromium is needed for the browser tests: apt-get install chromium chromium-driver")
        .isFile();
    assertThat(new File(CHROMEDRIVER))
        .as("chromedriver is needed for the browser tests: apt-get install chromium chromium-driver")
        .isFile();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--hide-scrollbars", "--force-color-profile=srgb", "--lang=en-GB");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER))
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, options);
  }

  /** Sets the viewport to {@code width} by {@code height} CSS pixels, at one device pixel each. */
  static void viewport(ChromeDriver driver, int width, int height) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    Object inner = driver.executeScript("return window.innerWidth;");
    assertThat(((Number) inner).intValue()).as("viewport width").isEqualTo(width);
  }
}
