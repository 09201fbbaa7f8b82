package org.safeguarding.bulletin.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.docx.EasyReadDocxRenderer;
import org.safeguarding.bulletin.render.html.HtmlRenderer;
import org.safeguarding.bulletin.render.pdf.PdfRenderer;

/**
 * Rendering one bulletin, warm, on one thread, with a renderer built once and reused as a service
 * would: the time per document that a batch or a web service pays.
 *
 * <p>Warm-up is 60 seconds: on a 2-core machine the JIT compiler goes on compiling openhtmltopdf,
 * PDFBox, POI and XMLBeans for about that long, and a shorter warm-up measures the compiler too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class RenderBenchmark {
  @Param({"example", "ten-times"})
  public String size;

  private Bulletin bulletin;
  private BulletinRenderer html;
  private BulletinRenderer docx;
  private BulletinRenderer pdf;

  @Setup
  public void setUp() {
    Bulletins.quietPdfEngine();
    bulletin = size.equals("example") ? Bulletins.example() : Bulletins.tenTimes();
    html = HtmlRenderer.create();
    docx = EasyReadDocxRenderer.create();
    pdf = PdfRenderer.create();
  }

  @Benchmark
  public byte[] html() throws IOException {
    return render(html);
  }

  @Benchmark
  public byte[] docx() throws IOException {
    return render(docx);
  }

  @Benchmark
  public byte[] pdf() throws IOException {
    return render(pdf);
  }

  private byte[] render(BulletinRenderer renderer) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    renderer.render(bulletin, out);
    return out.toByteArray();
  }
}
