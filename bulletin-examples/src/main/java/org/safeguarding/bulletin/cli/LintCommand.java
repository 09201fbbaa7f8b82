package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.safeguarding.bulletin.json.JsonSourceMap;
import org.safeguarding.bulletin.lint.Linter;
import org.safeguarding.bulletin.validate.Severity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code lint INPUT.json...}: every validation problem (as an error) and every finding of the
 * linter's rules. Exits 1 only where there is an error.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = "Find what makes bulletins hard to read or use; one finding a line: LEVEL rule-id PATH: message.")
final class LintCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "INPUT.json", arity = "1..*", description = "The bulletins to check.")
  private List<Path> inputs;

  @Mixin
  private LabelsOption labels;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json, or sarif (SARIF 2.1.0).")
  private String format;

  @Override
  public Integer call() {
    LintFormat output = parseFormat();
    Linter linter = Linter.create().withWordings(labels.wordings());
    List<LintReport> reports = new ArrayList<>();
    ExitCode outcome = ExitCode.OK;
    for (Path input : inputs) {
      try {
        String json = Files.readString(input, StandardCharsets.UTF_8);
        reports.add(new LintReport(input, linter.lint(input), JsonSourceMap.of(json)));
      } catch (NoSuchFileException e) {
        spec.commandLine().getErr().println(input + ": cannot read: no such file");
        outcome = outcome.worst(ExitCode.FAILURE);
      } catch (IOException e) {
        spec.commandLine().getErr().println(input + ": cannot read: " + e.getMessage());
        outcome = outcome.worst(ExitCode.FAILURE);
      }
    }
    output.print(reports, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    boolean errors = reports.stream().flatMap(r -> r.findings().stream()).anyMatch(f -> f.severity() == Severity.ERROR);
    return (errors ? outcome.worst(ExitCode.INVALID) : outcome).code();
  }

  private LintFormat parseFormat() {
    try {
      return LintFormat.valueOf(format.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "unknown --format '" + format + "'; expected text, json or sarif");
    }
  }
}
