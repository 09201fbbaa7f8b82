package org.safeguarding.bulletin.cli;

import com.openhtmltopdf.util.XRLog;
import java.io.PrintWriter;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code bulletin} command line. Without arguments it renders the built-in Safer Seven example
 * into {@code ./out}. Exit codes: 0 done, 1 an input is invalid (or, for {@code verify}, an output
 * fails a check), 2 wrong usage, 3 an I/O or internal failure.
 */
@Command(name = "bulletin", mixinStandardHelpOptions = true, version = "bulletin 0.2.0",
    description = "Validate, lint, render and verify accessible safeguarding bulletins.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:done", "1:an input is invalid", "2:wrong usage", "3:an I/O or internal failure"})
public final class BulletinCommand implements Runnable {
  /** Held, so that the level set on it is kept: java.util.logging keeps loggers only weakly. */
  private static final Logger SELENIUM = Logger.getLogger("org.openqa.selenium");

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "On an internal failure, show where it happened (the stack trace).")
  private boolean debug;

  @Spec
  private CommandSpec spec;

  private BulletinCommand() {}

  /**
   * Runs the command line and exits with its exit code; a {@code render} run first starts, on a
   * spare thread, the first-use work that its options do not change.
   */
  public static void main(String[] args) {
    RenderWarmUp.startFor(args);
    quietLibraries();
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, CommandLine.defaultFactory());
  }

  /** Runs the command line with its commands made by {@code factory} (a seam for tests). */
  static int run(String[] args, PrintWriter out, PrintWriter err, CommandLine.IFactory factory) {
    String[] given = args.length == 0 ? new String[] {"render"} : args;
    return run(given, out, err, factory, Subcommands.neededBy(given));
  }

  /**
   * Runs the command line with only {@code subcommands} given to picocli (a seam for tests, which
   * check that those {@link Subcommands#neededBy(String[])} print and return what all of them do).
   */
  static int run(String[] given, PrintWriter out, PrintWriter err, CommandLine.IFactory factory,
      List<Class<?>> subcommands) {
    CommandLine commandLine = new CommandLine(new BulletinCommand(), factory);
    subcommands.forEach(commandLine::addSubcommand);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true)
        .setOut(out)
        .setErr(err)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          Failures.report(cmd, "bulletin: internal failure: " + (e.getMessage() == null ? e.getClass().getSimpleName()
              : e.getMessage()) + (Failures.debug(parsed) ? "" : " (--debug shows where)"), e);
          return ExitCode.FAILURE.code();
        });
    commandLine.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE.code());
    for (CommandLine sub : commandLine.getSubcommands().values()) {
      sub.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE.code());
    }
    try {
      return commandLine.execute(given);
    } catch (OutOfMemoryError e) {
      err.println("bulletin: out of memory; nothing was written; give Java more with -Xmx, for example java -Xmx2g -jar bulletin.jar");
      err.flush();
      return ExitCode.FAILURE.code();
    }
  }

  /**
   * The PDF engine reports progress through java.util.logging, several lines a document; the command
   * line shows its warnings and errors only. Selenium, which drives the Chromium that runs axe-core
   * for {@code verify}, warns that it has no DevTools support for the browser's version, which
   * {@code verify} does not use: it shows its errors only.
   */
  private static void quietLibraries() {
    SELENIUM.setLevel(Level.SEVERE);
    for (String logger : XRLog.listRegisteredLoggers()) {
      XRLog.setLevel(logger, Level.WARNING);
    }
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "no command given");
  }
}
