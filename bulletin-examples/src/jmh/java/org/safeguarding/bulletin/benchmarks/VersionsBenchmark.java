package org.safeguarding.bulletin.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;
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
  private static final Map<String, String> RENDERERS = Map.of(
      "html", "org.safeguarding.bulletin.render.html.HtmlRenderer",
      "docx", "org.safeguarding.bulletin.render.docx.EasyReadDocxRenderer",
      "pdf", "org.safeguarding.bulletin.render.pdf.PdfRenderer");

  /** The shaded bulletin.jar of each build. */
  @Param({"bulletin-examples/target/bulletin.jar"})
  public String jar;

  @Param({"html", "docx", "pdf"})
  public String format;

  private Object bulletin;
  private MethodHandle render;

  @Setup
  public void setUp() throws Throwable {
    URL url = Path.of(jar).toUri().toURL();
    ClassLoader loader = new URLClassLoader(new URL[] {url}, ClassLoader.getPlatformClassLoader());
    Thread.currentThread().setContextClassLoader(loader);
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    Class<?> bulletinType = loader.loadClass("org.safeguarding.bulletin.model.Bulletin");
    bulletin = lookup.findStatic(loader.loadClass("org.safeguarding.bulletin.examples.SaferSeven"), "build",
        MethodType.methodType(bulletinType)).invoke();
    Class<?> rendererType = loader.loadClass(RENDERERS.get(format));
    Object renderer = lookup.findStatic(rendererType, "create", MethodType.methodType(rendererType)).invoke();
    render = lookup.findVirtual(rendererType, "render", MethodType.methodType(void.class, bulletinType,
        OutputStream.class)).bindTo(renderer).asType(MethodType.methodType(void.class, Object.class, OutputStream.class));
  }

  @Benchmark
  public byte[] render() throws Throwable {
    ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
    render.invokeExact(bulletin, (OutputStream) out);
    return out.toByteArray();
  }
}
