package org.safeguarding.bulletin.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Where Chromium draws a phone number inside the Arabic fixture's text: its groups left to right,
 * in the order they are written ("0808 800 5000", not "5000 800 0808"). The paragraph's screenshot
 * goes to {@code target/screenshots/arabic-number.png}.
 */
@Tag("tools") // needs Chromium and chromedriver: run by mvn verify, left out by -Pjdk-only
class RightToLeftScreenTest {
  /** The left edge of each of the number's groups, as drawn, in CSS pixels. */
  private static final String GROUP_EDGES = """
      const groups = arguments[1];
      const walker = document.createTreeWalker(arguments[0], NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const node = walker.currentNode;
        const at = node.data.indexOf(groups.join(' '));
        if (at < 0) continue;
        let offset = at;
        return groups.map(group => {
          const range = document.createRange();
          range.setStart(node, offset);
          range.setEnd(node, offset + group.length);
          offset += group.length + 1;
          return range.getBoundingClientRect().left;
        });
      }
      return [];
      """;

  @Test
  void showsTheNumbersGroupsInTheirOrder() throws Exception {
    Path page = Fixtures.writePage(Fixtures.ARABIC);
    ChromeDriver driver = Browser.start();
    try {
      Browser.viewport(driver, 1280, 900);
      driver.get(page.toUri().toString());
      WebElement paragraph = driver.findElement(By.cssSelector(".section__body > p"));
      @SuppressWarnings("unchecked")
      List<Number> edges = (List<Number>) driver.executeScript(GROUP_EDGES, paragraph, List.of("0808", "800", "5000"));
      Files.write(Files.createDirectories(Path.of("target", "screenshots")).resolve("arabic-number.png"),
          paragraph.getScreenshotAs(OutputType.BYTES));

      assertThat(edges).as("the left edges of 0808, 800 and 5000").hasSize(3);
      assertThat(edges.get(0).doubleValue()).as("0808 left of 800").isLessThan(edges.get(1).doubleValue());
      assertThat(edges.get(1).doubleValue()).as("800 left of 5000").isLessThan(edges.get(2).doubleValue());
    } finally {
      driver.quit();
    }
  }
}
