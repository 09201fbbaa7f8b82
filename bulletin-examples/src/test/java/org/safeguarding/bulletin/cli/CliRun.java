package org.safeguarding.bulletin.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and keeps what it printed. */
final class CliRun {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  /** Runs {@code bulletin ARGS...} and returns its exit code. */
  int run(String... args) {
    return BulletinCommand.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  /** What it printed to standard output. */
  String out() {
    return out.toString();
  }

  /** What it printed to standard error. */
  String err() {
    return err.toString();
  }
}
