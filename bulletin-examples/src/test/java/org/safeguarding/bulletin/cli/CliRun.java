package org.safeguarding.bulletin.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.function.UnaryOperator;
import org.safeguarding.bulletin.render.BulletinRenderer;
import picocli.CommandLine;

/** Runs the command line in-process and keeps what it printed. */
final class CliRun {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final CommandLine.IFactory factory;

  CliRun() {
    this(UnaryOperator.identity());
  }

  /** A run whose {@code render} passes each renderer through {@code wrap} (to make one fail). */
  CliRun(UnaryOperator<BulletinRenderer> wrap) {
    factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == RenderCommand.class ? type.cast(new RenderCommand(wrap)) : CommandLine.defaultFactory().create(type);
      }
    };
  }

  /** Runs {@code bulletin ARGS...} and returns its exit code. */
  int run(String... args) {
    return BulletinCommand.run(args, new PrintWriter(out), new PrintWriter(err), factory);
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
