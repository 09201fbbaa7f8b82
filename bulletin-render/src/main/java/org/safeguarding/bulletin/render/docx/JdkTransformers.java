package org.safeguarding.bulletin.render.docx;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import org.jspecify.annotations.Nullable;

/**
 * Saves a POI package with the JDK's own XML transformer factory, whatever else the class path
 * offers.
 *
 * <p>POI writes each relationship part and the content types through a JAXP transformer, and asks
 * {@code TransformerFactory.newInstance()} for a new factory every time, which looks for one in
 * every jar's {@code META-INF/services}. Where Saxon is on the class path (the command line has it,
 * for its verifier), that finds Saxon, which builds a whole configuration for each part: an eighth
 * of an Easy Read document's time. For the save only, the thread's context class loader hides that
 * service file, so JAXP takes the JDK's factory. A factory named by the {@code
 * javax.xml.transform.TransformerFactory} system property still wins, as JAXP reads that first. The
 * bytes are the same either way (the example's DOCX compared).
 */
final class JdkTransformers {
  private static final String SERVICE = "META-INF/services/javax.xml.transform.TransformerFactory";

  private JdkTransformers() {}

  /** What is saved: POI's {@code write}. */
  interface Save {
    void run() throws IOException;
  }

  /** Runs {@code save} with the JDK's transformer factory. */
  static void save(Save save) throws IOException {
    Thread thread = Thread.currentThread();
    ClassLoader context = thread.getContextClassLoader();
    thread.setContextClassLoader(new WithoutTransformerService(context));
    try {
      save.run();
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
