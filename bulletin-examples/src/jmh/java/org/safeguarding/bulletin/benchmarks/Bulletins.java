package org.safeguarding.bulletin.benchmarks;

import com.openhtmltopdf.util.XRLog;
import java.util.logging.Level;
import java.util.ArrayList;
import java.util.List;
import org.safeguarding.bulletin.examples.SaferSeven;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.Section;

/** The bulletins the benchmarks measure: the Safer Seven example, and one ten times its size. */
final class Bulletins {
  private Bulletins() {}

  static Bulletin example() {
    return SaferSeven.build();
  }

  /** The example's sections ten times over (70 sections), as a free-layout bulletin. */
  static Bulletin tenTimes() {
    Bulletin example = example();
    List<Section> sections = new ArrayList<>();
    for (int copy = 0; copy < 10; copy++) {
      sections.addAll(example.sections());
    }
    return new Bulletin(example.id() + "-ten-times", Layout.FREE, example.language(), example.region(),
        example.series(), example.title(), example.publisher(), example.published(), example.summary(),
        example.alternates(), example.alternativeFormats(), example.easyReadReview(), example.risks(), example.contacts(), example.glossary(), sections);
  }

  /**
   * Keeps the PDF engine's progress messages (several INFO lines a document, written to the console)
   * out of the measurement, as the command line does.
   */
  static void quietPdfEngine() {
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
  }
}
