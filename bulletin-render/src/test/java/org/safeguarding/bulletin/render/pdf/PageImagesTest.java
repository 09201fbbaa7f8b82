package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Draws the example's pages with poppler's {@code pdftoppm} at 60 dpi, into {@code
 * target/pdf-pages/}: the pages must draw, one image each. With {@code -Dpages.update=true} it also
 * copies them to {@code docs/images/pdf-page-N.png} at the repository root, for the README.
 */
@Tag("tools") // needs poppler (pdftoppm): run by mvn verify, left out by -Pjdk-only
class PageImagesTest {
  private static final Path DOCS = Path.of("..", "docs", "images");

  @Test
  void drawsEveryPageOfTheExample() throws Exception {
    Path dir = Files.createDirectories(Path.of("target", "pdf-pages"));
    Path pdf = dir.resolve("example.pdf");
    Files.write(pdf, Pdfs.render("example", TestBulletins.example()));
    int pages;
    try (var doc = PdfStructure.load(Files.readAllBytes(pdf))) {
      pages = doc.getNumberOfPages();
    }

    List<Path> images = Poppler.draw(pdf, 60, dir, "pdf-page");
    assertThat(images).hasSize(pages);
    for (Path image : images) {
      assertThat(Files.readAllBytes(image)).as("a PNG").startsWith(0x89, 'P', 'N', 'G');
      if (Boolean.getBoolean("pages.update")) {
        // pdftoppm pads the number to the page count's width: pdf-page-1.png, or pdf-page-01.png from 10 pages.
        String name = image.getFileName().toString().replaceFirst("-0+(\\d)", "-$1");
        Files.copy(image, Files.createDirectories(DOCS).resolve(name), StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
