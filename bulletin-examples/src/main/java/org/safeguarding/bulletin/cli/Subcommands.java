package org.safeguarding.bulletin.cli;

import java.util.List;
import picocli.CommandLine.Command;

/**
 * The subcommands of {@code bulletin}, in the order its help lists them, and those a run needs.
 * picocli reads the options of every subcommand it is given before it parses anything, about a
 * tenth of a second at a cold start for all five; a run that starts with a subcommand's name needs
 * that one alone, and gets the same help, messages and exit codes with it.
 */
final class Subcommands {
  private static final List<Class<?>> ALL = List.of(RenderCommand.class, ValidateCommand.class,
      LintCommand.class, VerifyCommand.class, PictogramsCommand.class);

  private Subcommands() {}

  /** Every subcommand, in the order the help lists them. */
  static List<Class<?>> all() {
    return ALL;
  }

  /** The subcommand that {@code args} start with, alone, if they start with one's name; else every one. */
  static List<Class<?>> neededBy(String[] args) {
    if (args.length > 0) {
      for (Class<?> command : ALL) {
        if (command.getAnnotation(Command.class).name().equals(args[0])) {
          return List.of(command);
        }
      }
    }
    return ALL;
  }
}
