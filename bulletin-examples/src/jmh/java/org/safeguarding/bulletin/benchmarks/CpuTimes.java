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
 * org.safeguarding.bulletin.benchmarks.CpuTimes [pdf]} (with {@code pdf}, the PDF only, as
 * bench/typst.sh runs it).
 */
public final class CpuTimes {
  private CpuTimes() {}

  public static void main(String[] args) throws IOException {
    Bulletins.quietPdfEngine();
    Bulletin bulletin = Bulletins.example();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    List<BulletinRenderer> renderers = args.length > 0 && args[0].equals("pdf") ? List.of(PdfRenderer.create())
        : List.of(HtmlRenderer.create(), EasyReadDocxRenderer.create(), PdfRenderer.create());
    for (BulletinRenderer renderer : renderers) {
      long warmUntil = System.nanoTime() + 60_000_000_000L;
      while (System.nanoTime() < warmUntil) {
        renderer.render(bulletin, new ByteArrayOutputStream());
      }
      // Ten seconds of documents, not a fixed count: a few hundred HTML pages take a tenth of a
      // second, which one busy moment of the machine can spoil.
      int measured = 0;
      long start = threads.getCurrentThreadCpuTime();
      long measureUntil = System.nanoTime() + 10_000_000_000L;
      while (System.nanoTime() < measureUntil) {
        renderer.render(bulletin, new ByteArrayOutputStream());
        measured++;
      }
      double ms = (threads.getCurrentThreadCpuTime() - start) / 1e6 / measured;
      System.out.printf("%-22s %7.3f ms CPU per document (%d documents)%n", renderer.getClass().getSimpleName(), ms,
          measured);
    }
  }
}
