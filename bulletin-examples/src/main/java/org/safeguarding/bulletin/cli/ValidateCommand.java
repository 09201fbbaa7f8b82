package org.safeguarding.bulletin.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code validate INPUT.json... [--format FORMAT,...] [--file-root DIR] [--limit NAME=N]}: checks each
 * input in full, as each chosen output (every one by default) would render it, and reports every problem.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check bulletins against format version 1, and that every output can show them; report every problem, one a line.")
final class ValidateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "INPUT.json", arity = "1..*", description = "The bulletins to check.")
  private List<Path> inputs;

  @Mixin
  private InputOptions options;

  @Mixin
  private LabelsOption labels;

  @Mixin
  private FormatOptions formats;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    InputReader reader = new InputReader(spec.commandLine().getErr(), new Renderers(options.renderOptions(labels.wordings())),
        formats.chosen());
    for (InputReader.Input input : reader.validateAll(inputs)) {
      out.println(input.file() + ": valid");
    }
    out.flush();
    return reader.outcome().code();
  }
}
