package org.safeguarding.bulletin.render.internal;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import org.jspecify.annotations.Nullable;

/**
 * Runs XML output with the JDK's own transformer factory, whatever else the class path offers, so
 * that what is written does not depend on the class path and nothing slow is picked up.
 *
 * <p>POI writes each relationship part and the content types through a JAXP transformer, and PDFBox
 * the PDF's XMP metadata; both ask {@code TransformerFactory.newInstance()}, which looks in every
 * jar's {@code META-INF/services}. Where Saxon is on the class path (the command line has it, for
 * its verifier), that finds Saxon. For POI that builds a whole configuration for each part (an
 * eighth of an Easy Read document's time); for PDFBox it changes the PDF's bytes (Saxon serialises
 * the XMP differently from the JDK), so the same bulletin gave a different PDF from the command line
 * and from a library caller. While {@code work} runs, the thread's context class loader hides that
 * service file, so JAXP takes the JDK's factory. A factory named by the {@code
 * javax.xml.transform.TransformerFactory} system property still wins, as JAXP reads that first.
 */
public final class JdkTransformers {
  private static final String SERVICE = "META-INF/services/javax.xml.transform.TransformerFactory";

  private JdkTransformers() {}

  /** The XML output to run: POI's {@code write}, the PDF engine's drawing. */
  @FunctionalInterface
  public interface Work {
    /** Writes what it writes. */
    void run() throws IOException;
  }

  /** Runs {@code work} with the JDK's transformer factory. */
  public static void run(Work work) throws IOException {
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();
    thread.setContextClassLoader(new WithoutTransformerService(context));
    try {
      work.run();
    } finally {
      thread.setContextClassLoader(context);
    }
  }

  /** A class loader that finds all its parent finds, but no transformer factory service. */
  private static final class WithoutTransformerService extends ClassLoader {
    WithoutTransformerService(@Nullable ClassLoader parent) {
      super(parent);
    }

    @Override
    public @Nullable URL getResource(String name) {
      return name.equals(SERVICE) ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
      return name.equals(SERVICE) ? Collections.emptyEnumeration() : super.getResources(name);
    }
  }
}
