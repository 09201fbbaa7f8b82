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
   * returns the images in page order; fails the test if pdftoppm does not. Images of an earlier run
   * with the same prefix are deleted first, so that a PDF with fewer pages than before gives no more.
   */
  static List<Path> draw(Path pdf, int dpi, Path dir, String prefix) throws IOException, InterruptedException {
    for (Path old : pages(dir, prefix)) {
      Files.delete(old);
    }
    Process pdftoppm = new ProcessBuilder("pdftoppm", "-r", Integer.toString(dpi), "-png", pdf.toString(),
        dir.resolve(prefix).toString()).inheritIO().start();
    assertThat(pdftoppm.waitFor(120, TimeUnit.SECONDS)).as("pdftoppm finished").isTrue();
    assertThat(pdftoppm.exitValue()).as("pdftoppm exit code").isZero();
    return pages(dir, prefix);
  }

  /** The files {@code <prefix>-N.png} in {@code dir}, in page order. */
  private static List<Path> pages(Path dir, String prefix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().matches(prefix + "-\\d+\\.png")).sorted().toList();
    }
  }
}
