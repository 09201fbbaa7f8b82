package org.safeguarding.bulletin.verify;

import java.util.Map;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium driven through its chromedriver, both named by path so that Selenium Manager
 * never looks for, or downloads, a browser or a driver; with the options the project's own browser
 * tests use.
 */
final class HeadlessChromium {
  private static final int HEIGHT = 900;

  private HeadlessChromium() {}

  /** A new headless Chromium; the caller quits it. */
  static ChromeDriver start(Chromium chromium) {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium.binary().toFile());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--hide-scrollbars", "--force-color-profile=srgb", "--lang=en-GB");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromium.driver().toFile())
        .usingAnyFreePort()
        .build();
    return new ChromeDriver(service, options);
  }

  /** Sets the viewport to {@code width} CSS pixels (900 high), one device pixel each. */
  static void viewport(ChromeDriver driver, int width) {
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
        "width", width, "height", HEIGHT, "deviceScaleFactor", 1, "mobile", false));
  }
}
