package org.safeguarding.bulletin.benchmarks;

import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.Map;

/**
 * One build of the library, for measuring builds side by side: its shaded {@code bulletin.jar} in a
 * class loader of its own, the example built by it, and its renderer for one format.
 */
record Build(ClassLoader loader, Object bulletin, MethodHandle render) {
  private static final Map<String, String> RENDERERS = Map.of(
      "html", "org.safeguarding.bulletin.render.html.HtmlRenderer",
      "docx", "org.safeguarding.bulletin.render.docx.EasyReadDocxRenderer",
      "pdf", "org.safeguarding.bulletin.render.pdf.PdfRenderer");
  private static final String OPTIONS = "org.safeguarding.bulletin.render.RenderOptions";

  /** The build in {@code jar}, rendering {@code format} (html, docx or pdf) with its default options. */
  static Build of(String jar, String format) throws Throwable {
    return of(jar, format, true);
  }

  /**
   * The build in {@code jar}, rendering {@code format}; without QR codes if {@code qrCodes} is false
   * and the build has them (0.2.0 on, {@code RenderOptions.qrCodes}), so that a build from before
   * them can be compared on the same pages.
   */
  static Build of(String jar, String format, boolean qrCodes) throws Throwable {
    ClassLoader loader = new URLClassLoader(new URL[] {Path.of(jar).toUri().toURL()},
        ClassLoader.getPlatformClassLoader());
    MethodHandles.Lookup lookup = MethodHandles.publicLookup();
    Class<?> bulletinType = loader.loadClass("org.safeguarding.bulletin.model.Bulletin");
    Object bulletin = lookup.findStatic(loader.loadClass("org.safeguarding.bulletin.examples.SaferSeven"), "build",
        MethodType.methodType(bulletinType)).invoke();
    Class<?> rendererType = loader.loadClass(RENDERERS.get(format));
    Object renderer = qrCodes || !hasQrCodes(loader)
        ? lookup.findStatic(rendererType, "create", MethodType.methodType(rendererType)).invoke()
        : withoutQrCodes(lookup, loader, rendererType);
    MethodHandle render = lookup.findVirtual(rendererType, "render", MethodType.methodType(void.class, bulletinType,
        OutputStream.class)).bindTo(renderer).asType(MethodType.methodType(void.class, Object.class, OutputStream.class));
    return new Build(loader, bulletin, render);
  }

  private static boolean hasQrCodes(ClassLoader loader) {
    try {
      loader.loadClass(OPTIONS + "$Builder").getMethod("qrCodes", boolean.class);
      return true;
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      return false;
    }
  }

  /** {@code rendererType.with(RenderOptions.builder().qrCodes(false).build())}. */
  private static Object withoutQrCodes(MethodHandles.Lookup lookup, ClassLoader loader, Class<?> rendererType)
      throws Throwable {
    Class<?> options = loader.loadClass(OPTIONS);
    Class<?> builder = loader.loadClass(OPTIONS + "$Builder");
    Object b = lookup.findStatic(options, "builder", MethodType.methodType(builder)).invoke();
    lookup.findVirtual(builder, "qrCodes", MethodType.methodType(builder, boolean.class)).invoke(b, false);
    Object built = lookup.findVirtual(builder, "build", MethodType.methodType(options)).invoke(b);
    return lookup.findStatic(rendererType, "with", MethodType.methodType(rendererType, options)).invoke(built);
  }

  /**
   * Renders the example into {@code out}, with the build's class loader as the thread's context
   * loader, as in an application of its own (Log4j, which POI logs to, finds its settings there).
   */
  void render(OutputStream out) throws Throwable {
    Thread.currentThread().setContextClassLoader(loader);
    render.invokeExact(bulletin, out);
  }
}
