package org.safeguarding.bulletin.render.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.JDKXRLogger;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Makes the PDF engine log like any other library: through {@code java.util.logging}, to the
 * handlers the application configured, and quietly.
 *
 * <p>openhtmltopdf's own default logger writes to standard error with a handler of its own, ignores
 * the application's logging configuration and reports its progress at INFO, several lines a
 * document. This one sends each message to the {@code java.util.logging} logger of the engine's
 * name ({@code com.openhtmltopdf.load}, {@code com.openhtmltopdf.general} and so on, under {@code
 * com.openhtmltopdf}), with the usual parents and handlers, so that a bridge such as SLF4J's {@code
 * jul-to-slf4j} sees it too. Warnings and errors pass as the application's configuration says; a
 * message below WARNING passes only where the application set a level on that logger or one of its
 * parents below the root (for example {@code com.openhtmltopdf.level = INFO} in {@code
 * logging.properties}, or {@code Logger.getLogger("com.openhtmltopdf").setLevel(Level.INFO)}).
 */
final class EngineLogging implements XRLogger {
  private static final String ENGINE = "com.openhtmltopdf";

  /**
   * The loggers the engine used or set a level on, by name: held, as java.util.logging forgets a
   * level with its logger, and as looking a logger up for each of the engine's questions took 1.4 %
   * of a PDF's time.
   */
  private final Map<String, Logger> loggers = new ConcurrentHashMap<>();

  private EngineLogging() {}

  /**
   * Puts this logger in place of the engine's default one, unless the application installed its own
   * ({@link XRLog#setLoggerImpl}).
   */
  static synchronized void install() {
    XRLogger current = XRLog.getLoggerImpl();
    if (current == null || current.getClass() == JDKXRLogger.class) {
      XRLog.setLoggerImpl(new EngineLogging());
    }
  }

  @Override
  public void log(String where, Level level, String msg) {
    logger(where).logp(level, where, null, msg);
  }

  @Override
  public void log(String where, Level level, String msg, Throwable th) {
    logger(where).logp(level, where, null, msg, th);
  }

  @Override
  public void setLevel(String logger, Level level) {
    loggers.computeIfAbsent(logger, Logger::getLogger).setLevel(level);
  }

  @Override
  public boolean isLogLevelEnabled(Diagnostic diagnostic) {
    Logger logger = logger(diagnostic.getLogMessageId().getWhere());
    Level level = diagnostic.getLevel();
    return logger.isLoggable(level) && (level.intValue() >= Level.WARNING.intValue() || configured(logger));
  }

  private Logger logger(String where) {
    return loggers.computeIfAbsent(where == null || where.isEmpty() ? ENGINE : where, Logger::getLogger);
  }

  /** Whether the application set a level on this logger or a parent of it below the root. */
  private static boolean configured(Logger logger) {
    for (Logger l = logger; l != null && l.getParent() != null; l = l.getParent()) {
      if (l.getLevel() != null) {
        return true;
      }
    }
    return false;
  }
}
