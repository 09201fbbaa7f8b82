package org.safeguarding.bulletin.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.docx.EasyReadDocxRenderer;
import org.safeguarding.bulletin.render.html.HtmlRenderer;
import org.safeguarding.bulletin.render.pdf.PdfRenderer;

/**
 * A quick cross-check of the JMH figures on a busy machine: the CPU time (not wall time) one thread
 * spends per document, warm. Run: {@code java -cp bulletin-examples/target/benchmarks.jar
 * org.safeguarding.bulletin.benchmarks.CpuTimes}.
 */
public final class CpuTimes {
  private CpuTimes() {}

  public static void main(String[] args) throws IOException {
    Bulletins.quietPdfEngine();
    Bulletin bulletin = Bulletins.example();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (BulletinRenderer renderer : List.of(HtmlRenderer.create(), EasyReadDocxRenderer.create(), PdfRenderer.create())) {
      int measured = 300;
      long warmUntil = System.nanoTime() + 60_000_000_000L;
      while (System.nanoTime() < warmUntil) {
        renderer.render(bulletin, new ByteArrayOutputStream());
      }
      long start = threads.getCurrentThreadCpuTime();
      for (int i = 0; i < measured; i++) {
        renderer.render(bulletin, new ByteArrayOutputStream());
      }
      double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / measured;
      System.out.printf("%-22s %7.3f ms CPU per document%n", renderer.getClass().getSimpleName(), ms);
    }
  }
}
