package org.safeguarding.bulletin.cli;

import java.util.Arrays;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.safeguarding.bulletin.render.RenderOptions;

/**
 * The first-use work of a {@code render} run that no option changes, done on a daemon thread from
 * the moment the command line starts, so that on a second core it is over while the main thread
 * starts picocli and reads the arguments: the default render options (the built-in pictograms, read
 * from the jar) and, if the Easy Read DOCX may be made, POI's schema type system, which XMLBeans
 * reads the first time a document is made (about 0.19 s of CPU at a cold start, the largest single
 * step of one; docs/performance.md).
 *
 * <p>{@link RenderCommand} {@linkplain #await() waits} for it before it reads or renders a bulletin,
 * so that no other thread initialises the same classes at the same time. Nothing of it reaches an
 * output; a failure here is dropped, as the render meets the same failure and reports it as usual.
 */
final class RenderWarmUp {
  private static volatile Thread started;

  private RenderWarmUp() {}

  /** Starts the warm-up if {@code args} {@linkplain #runsRender(String[]) run render}. */
  static void startFor(String[] args) {
    if (!runsRender(args)) {
      return;
    }
    boolean docx = mayMakeDocx(args);
    Thread thread = new Thread(() -> warmUp(docx), "bulletin-warm-up");
    thread.setDaemon(true);
    started = thread;
    thread.start();
  }

  /** Whether {@code args} run the {@code render} command: they start with it, or are none. */
  static boolean runsRender(String[] args) {
    return args.length == 0 || args[0].equals("render");
  }

  /** Whether a render with {@code args} may make the Easy Read DOCX: it names no {@code --format}, or names {@code docx}. */
  static boolean mayMakeDocx(String[] args) {
    return Arrays.stream(args).noneMatch(arg -> arg.startsWith("--format"))
        || Arrays.stream(args).anyMatch(arg -> arg.toLowerCase(Locale.ROOT).contains("docx"));
  }

  /** Waits until the warm-up, if one was started, is over. */
  static void await() {
    Thread thread = started;
    if (thread == null) {
      return;
    }
    boolean interrupted = false;
    while (thread.isAlive()) {
      try {
        thread.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private static void warmUp(boolean docx) {
    try {
      RenderOptions.defaults();
      if (docx) {
        new XWPFDocument();
      }
    } catch (Throwable e) {
      // dropped: the render meets the same failure and reports it (see the class comment)
    }
  }
}
