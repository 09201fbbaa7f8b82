package org.safeguarding.bulletin.render.pdf;

import com.openhtmltopdf.util.Diagnostic;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;

/**
 * Passes the PDF engine's warnings on to the platform logger, and drops its progress messages,
 * which would otherwise fill the log with several lines per document.
 */
final class EngineDiagnostics {
  private static final Logger LOG = System.getLogger("org.safeguarding.bulletin.render.pdf");

  private EngineDiagnostics() {}

  static void report(Diagnostic diagnostic) {
    int level = diagnostic.getLevel().intValue();
    if (level >= java.util.logging.Level.WARNING.intValue()) {
      Level to = level >= java.util.logging.Level.SEVERE.intValue() ? Level.ERROR : Level.WARNING;
      LOG.log(to, diagnostic.getFormattedMessage(), diagnostic.getError());
    }
  }

  /** A problem the engine's parser found in a style sheet, as the engine itself reports one. */
  static void reportCss(String uri, String message) {
    LOG.log(Level.WARNING, "(" + uri + ") " + message);
  }
}
