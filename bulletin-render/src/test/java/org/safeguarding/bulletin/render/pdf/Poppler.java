package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** poppler's {@code pdftoppm}, which draws a PDF's pages as PNGs for the tests that look at them. */
final class Poppler {
  private Poppler() {}

  /**
   * Draws every page of {@code pdf} at {@code dpi} into {@code dir}, as {@code <prefix>-N.png}, and
   * returns the images in page order; fails the test if pdftoppm does not.
   */
  static List<Path> draw(Path pdf, int dpi, Path dir, String prefix) throws IOException, InterruptedException {
    Process pdftoppm = new ProcessBuilder("pdftoppm", "-r", Integer.toString(dpi), "-png", pdf.toString(),
        dir.resolve(prefix).toString()).inheritIO().start();
    assertThat(pdftoppm.waitFor(120, TimeUnit.SECONDS)).as("pdftoppm finished").isTrue();
    assertThat(pdftoppm.exitValue()).as("pdftoppm exit code").isZero();
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().matches(prefix + "-\\d+\\.png")).sorted().toList();
    }
  }
}
