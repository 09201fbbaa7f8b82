package org.safeguarding.bulletin.benchmarks;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import java.util.stream.Stream;

/**
 * Two builds side by side in one JVM, for a machine too busy for wall-clock figures: the example
 * rendered warm on one thread by each build's renderers (each {@code bulletin.jar} in a class loader
 * of its own), the builds taking turns every half second, and the CPU time this thread spends per
 * document on each side. The turns put the machine's drift on both sides alike. Run:
 *
 * <pre>{@code
 * java -cp bulletin-examples/target/benchmarks.jar org.safeguarding.bulletin.benchmarks.VersionsCpuTimes \
 *     [--no-qr-codes] [--formats=pdf] /tmp/before/bulletin.jar bulletin-examples/target/bulletin.jar \
 *     [seconds of warm-up [seconds measured]]
 * }</pre>
 *
 * <p>{@code --no-qr-codes}: each build without QR codes where it has them, to compare with a build
 * from before them on the same pages. {@code --formats=}: only these of html, docx and pdf.
 */
public final class VersionsCpuTimes {
  private static final long TURN = 500_000_000L;

  private VersionsCpuTimes() {}

  /** Renders with {@code build} for one turn; returns the documents rendered. */
  private static int turn(Build build) throws Throwable {
    int documents = 0;
    long until = System.nanoTime() + TURN;
    while (System.nanoTime() < until) {
      build.render(new ByteArrayOutputStream(64 * 1024));
      documents++;
    }
    return documents;
  }

  public static void main(String[] arguments) throws Throwable {
    boolean qrCodes = !List.of(arguments).contains("--no-qr-codes");
    List<String> formats = Stream.of(arguments).filter(a -> a.startsWith("--formats="))
        .map(a -> List.of(a.substring("--formats=".length()).split(","))).findFirst()
        .orElse(List.of("html", "docx", "pdf"));
    String[] args = Stream.of(arguments).filter(a -> !a.startsWith("--")).toArray(String[]::new);
    String before = args[0];
    String after = args[1];
    long warmUp = (args.length > 2 ? Long.parseLong(args[2]) : 60) * 1_000_000_000L;
    long measured = (args.length > 3 ? Long.parseLong(args[3]) : 30) * 1_000_000_000L;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    System.out.printf("%-5s %16s %16s %8s%n", "", "before, ms CPU", "after, ms CPU", "after/before");
    for (String format : formats) {
      List<Build> builds = List.of(Build.of(before, format, qrCodes), Build.of(after, format, qrCodes));
      long until = System.nanoTime() + warmUp;
      while (System.nanoTime() < until) {
        for (Build build : builds) {
          turn(build);
        }
      }
      long[] cpu = new long[2];
      int[] documents = new int[2];
      until = System.nanoTime() + measured;
      while (System.nanoTime() < until) {
        for (int i = 0; i < 2; i++) {
          long start = threads.getCurrentThreadCpuTime();
          documents[i] += turn(builds.get(i));
          cpu[i] += threads.getCurrentThreadCpuTime() - start;
        }
      }
      double beforeMs = cpu[0] / 1e6 / documents[0];
      double afterMs = cpu[1] / 1e6 / documents[1];
      System.out.printf("%-5s %9.3f (%4d) %9.3f (%4d) %8.2f%n", format, beforeMs, documents[0], afterMs, documents[1],
          afterMs / beforeMs);
    }
  }
}
