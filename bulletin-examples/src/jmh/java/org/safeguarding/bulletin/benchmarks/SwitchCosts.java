package org.safeguarding.bulletin.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import javax.imageio.ImageIO;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.pdf.PdfRenderer;

/**
 * What a switch of the whole Java runtime changes in a PDF's time: the switch is turned on and off
 * every ten documents in one warm JVM, and the CPU time of each side is added up, so that the
 * machine's changes of speed fall on both sides alike (on this machine two runs a minute apart can
 * differ by a third, far more than most switches). Run: {@code java -cp
 * bulletin-examples/target/benchmarks.jar org.safeguarding.bulletin.benchmarks.SwitchCosts
 * [switch]}, where the switch is one of:
 *
 * <ul>
 *   <li>{@code imageio-cache}: ImageIO's disk cache, which the PDF renderer turns off;
 *   <li>{@code deflate-level-1}: PDFBox's deflate level 1 instead of its default (6), a system
 *       property that the library leaves to the application.
 * </ul>
 */
public final class SwitchCosts {
  private static final Map<String, Switch> SWITCHES = Map.of(
      "imageio-cache", ImageIO::setUseCache,
      "deflate-level-1", on -> {
        if (on) {
          System.setProperty("org.apache.pdfbox.filter.deflatelevel", "1");
        } else {
          System.clearProperty("org.apache.pdfbox.filter.deflatelevel");
        }
      });

  private SwitchCosts() {}

  public static void main(String[] args) throws IOException {
    String name = args.length > 0 ? args[0] : "imageio-cache";
    Switch flip = SWITCHES.get(name);
    if (flip == null) {
      System.err.println("expected one of " + SWITCHES.keySet() + ", found " + name);
      System.exit(2);
    }
    Bulletins.quietPdfEngine();
    Bulletin bulletin = Bulletins.example();
    PdfRenderer renderer = PdfRenderer.create();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] nanos = new long[2];
    int[] documents = new int[2];
    long warmUntil = System.nanoTime() + 30_000_000_000L;
    long measureUntil = warmUntil + 60_000_000_000L;
    for (int side = 0; System.nanoTime() < measureUntil; side = 1 - side) {
      flip.set(side == 1);
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < 10; i++) {
        renderer.render(bulletin, new ByteArrayOutputStream(128 * 1024));
      }
      if (System.nanoTime() > warmUntil) {
        nanos[side] += threads.getCurrentThreadCpuTime() - start;
        documents[side] += 10;
      }
    }
    double off = nanos[0] / 1e6 / documents[0];
    double on = nanos[1] / 1e6 / documents[1];
    System.out.printf("%s: off %.2f ms, on %.2f ms CPU a PDF (%d and %d documents): %+.1f %% with it on%n", name,
        off, on, documents[0], documents[1], 100 * (on / off - 1));
  }

  private interface Switch {
    void set(boolean on);
  }
}
