package org.safeguarding.bulletin.benchmarks;

import java.io.ByteArrayOutputStream;
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

/**
 * Two builds of the library side by side in one JMH session: the example rendered warm, on one
 * thread, by the renderers of each {@code jar} (a shaded {@code bulletin.jar}, loaded in a class
 * loader of its own), so that a change is measured against the build before it on the same machine
 * in the same minutes. Run, with the older jar copied aside first:
 *
 * <pre>{@code
 * java -jar bulletin-examples/target/benchmarks.jar VersionsBenchmark \
 *     -p jar=/tmp/before/bulletin.jar,bulletin-examples/target/bulletin.jar
 * }</pre>
 *
 * <p>Each jar and format runs in a fork of its own, one after the other; run the session again with
 * the jars in the other order to see how much the machine drifted in between.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 15, time = 4)
@Measurement(iterations = 5, time = 4)
@Fork(1)
public class VersionsBenchmark {
  /** The shaded bulletin.jar of each build. */
  @Param({"bulletin-examples/target/bulletin.jar"})
  public String jar;

  @Param({"html", "docx", "pdf"})
  public String format;

  /** {@code false}: no QR codes, to compare with a build from before them on the same pages. */
  @Param({"true"})
  public boolean qrCodes;

  private Build build;

  @Setup
  public void setUp() throws Throwable {
    build = Build.of(jar, format, qrCodes);
  }

  @Benchmark
  public byte[] render() throws Throwable {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    build.render(out);
    return out.toByteArray();
  }
}
