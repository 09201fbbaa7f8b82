package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.apache.logging.log4j.LogManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The libraries underneath log through java.util.logging, quietly unless the application asks: the
 * PDF engine's progress messages only where a level is set, POI's Log4j API calls with no "could
 * not find a logging provider".
 */
class EngineLoggingTest {
  private final Logger engine = Logger.getLogger("com.openhtmltopdf");
  private final Records records = new Records();

  @AfterEach
  void removeHandler() {
    engine.removeHandler(records);
    engine.setLevel(null);
    engine.setUseParentHandlers(true);
  }

  @Test
  void theEnginesProgressMessagesAreDroppedByDefault() {
    engine.addHandler(records);

    Pdfs.render("logging-default", TestBulletins.example());

    assertThat(records.list).filteredOn(r -> r.getLevel().intValue() < Level.WARNING.intValue()).isEmpty();
  }

  @Test
  void theEnginesProgressMessagesReachTheApplicationThatAsksForThem() {
    engine.addHandler(records);
    engine.setLevel(Level.INFO);
    engine.setUseParentHandlers(false); // keep the test's output clean

    Pdfs.render("logging-info", TestBulletins.example());

    assertThat(records.list).extracting(LogRecord::getLoggerName).allMatch(n -> n.startsWith("com.openhtmltopdf."));
    assertThat(records.list).extracting(LogRecord::getLevel).contains(Level.INFO);
  }

  @Test
  void theLog4jApiThatPoiUsesLogsToJavaUtilLogging() {
    Logger poi = Logger.getLogger("org.apache.poi.logging-test");
    poi.addHandler(records);
    poi.setUseParentHandlers(false);
    try {
      LogManager.getLogger("org.apache.poi.logging-test").warn("a warning from POI");
    } finally {
      poi.removeHandler(records);
    }

    assertThat(LogManager.getContext(false).getClass().getName()).startsWith("org.apache.logging.log4j.tojul.");
    assertThat(records.list).extracting(LogRecord::getMessage).containsExactly("a warning from POI");
  }

  private static final class Records extends Handler {
    final List<LogRecord> list = new CopyOnWriteArrayList<>();

    @Override
    public void publish(LogRecord record) {
      list.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
