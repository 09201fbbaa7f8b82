package org.safeguarding.bulletin.cli;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** Shows how far a batch has got: a progress bar on standard error when it is a terminal, else nothing. */
interface Progress extends AutoCloseable {
  /** One more document done. */
  void step();

  @Override
  void close();

  /** A progress bar for {@code total} documents if standard error is a terminal, else no progress shown. */
  static Progress forDocuments(long total) {
    if (System.console() == null || total < 2) {
      return none();
    }
    ProgressBar bar = new ProgressBarBuilder().setTaskName("Rendering").setInitialMax(total)
        .setStyle(ProgressBarStyle.ASCII).setUnit(" documents", 1).continuousUpdate().build();
    return new Progress() {
      @Override
      public void step() {
        bar.step();
      }

      @Override
      public void close() {
        bar.close();
      }
    };
  }

  /** Shows nothing. */
  static Progress none() {
    return new Progress() {
      @Override
      public void step() {}

      @Override
      public void close() {}
    };
  }
}
