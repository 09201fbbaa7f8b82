package org.safeguarding.bulletin.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.safeguarding.bulletin.model.GlossaryEntry;

/**
 * The example's page and Easy Read page as Chromium prints them on A4 (their print style sheets).
 * The copies are kept in {@code target/printed/}, to look at (on the page, a contacts box or
 * glossary that breaks is closed on both pages: box-decoration-break).
 */
@Tag("tools") // needs Chromium and chromedriver: run by mvn verify, left out by -Pjdk-only
class PrintedPageTest {

  /**
   * The page, printed: an intro stays on the page of what it introduces. Before, "Risks of harm
   * online include:" stood alone at the foot of page 1 and the risk cards began page 2.
   */
  @Test
  void keepsEachIntroWithWhatItIntroduces() throws IOException {
    List<String> pages = printedPages(Fixtures.writePage(Fixtures.EXAMPLE));

    assertThat(pages).as("pages printed").hasSizeGreaterThan(1);
    // Each intro and the first thing it introduces, read one after the other on one page.
    assertThat(pages).as("the risks' intro and the first risk card on one page")
        .anySatisfy(text -> assertThat(text).contains("Risks of harm online include: Bullying"));
    assertThat(pages).as("the contacts' intro and the first contact on one page")
        .anySatisfy(text -> assertThat(text).contains("If you are concerned that somebody is a risk: Emergency"));
  }

  /**
   * The example's Easy Read page, printed: no hard word's meaning is split across pages (the
   * meaning of "CSE" began at the foot of page 5 and ended on page 6), and the contacts' heading
   * stands with the first contact.
   */
  @Test
  void keepsEachEasyReadHardWordWholeAndEachHeadingWithItsFirstRow() throws IOException {
    List<String> pages = printedPages(Fixtures.writeEasyReadPage(Fixtures.EXAMPLE));

    assertThat(pages).as("pages printed").hasSizeGreaterThan(1);
    for (GlossaryEntry entry : Fixtures.read(Fixtures.EXAMPLE).glossary()) {
      String meaning = entry.meaning().replaceAll("\\s+", " ");
      String start = meaning.substring(0, 30);
      String end = meaning.substring(meaning.length() - 30);
      assertThat(pages).as("the meaning of %s on one page", entry.term())
          .anySatisfy(text -> assertThat(text).contains(start).contains(end));
    }
    assertThat(pages).as("the contacts' heading and the first contact on one page")
        .anySatisfy(text -> assertThat(text).contains("Who to contact Emergency"));
  }

  /** The text of each page (from 1) that Chromium prints of {@code page} on A4. */
  private static List<String> printedPages(Path page) throws IOException {
    ChromeDriver driver = Browser.start();
    byte[] pdf;
    try {
      driver.get(page.toUri().toString());
      PrintOptions options = new PrintOptions();
      options.setPageSize(new PageSize(29.7, 21.0));
      pdf = Base64.getDecoder().decode(driver.print(options).getContent());
    } finally {
      driver.quit();
    }
    Files.write(Files.createDirectories(Path.of("target", "printed")).resolve(page.getFileName() + ".pdf"), pdf);
    List<String> pages = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      for (int p = 1; p <= document.getNumberOfPages(); p++) {
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        pages.add(stripper.getText(document).replaceAll("\\s+", " "));
      }
    }
    return pages;
  }
}
