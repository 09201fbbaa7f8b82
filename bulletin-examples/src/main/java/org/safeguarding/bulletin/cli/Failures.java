package org.safeguarding.bulletin.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/**
 * Reports an I/O or internal failure as one line, without a stack trace unless {@code --debug} was
 * given: a user who gave a bad input, or too little memory, needs the reason, not the code's path.
 */
final class Failures {
  private Failures() {}

  /** Prints {@code line}, and with {@code --debug} the stack trace of {@code failure}. */
  static void report(CommandLine command, String line, Throwable failure) {
    PrintWriter err = command.getErr();
    err.println(line);
    if (debug(command.getParseResult())) {
      failure.printStackTrace(err);
    }
    err.flush();
  }

  /** Whether {@code --debug} was given, before the command or after it. */
  static boolean debug(ParseResult parsed) {
    for (ParseResult part = parsed; part != null; part = part.subcommand()) {
      if (part.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
