package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.safeguarding.bulletin.verify.FileReport;
import org.safeguarding.bulletin.verify.JsonReport;
import org.safeguarding.bulletin.verify.TextReport;
import org.safeguarding.bulletin.verify.Verifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verify OUTPUT...}: each rendered file through its validators (bulletin-verify), a text
 * summary on standard output and, with {@code --report}, the JSON report. Exits 0 when every check
 * passes, 1 when any fails, 3 when a file cannot be read or verified.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Check rendered bulletins: veraPDF (PDF/UA-1, PDF/A-2a) for .pdf, the Nu HTML Checker for "
        + ".html, the DOCX checks for .docx; and list what a person still has to check.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every check passed", "1:a check failed", "2:wrong usage", "3:a file cannot be read"})
final class VerifyCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "OUTPUT", arity = "1..*", description = "The .pdf, .html and .docx files to verify.")
  private List<Path> outputs;

  @Option(names = "--report", paramLabel = "FILE.json", description = "Also write the report as JSON to this file.")
  private Path report;

  @Override
  public Integer call() throws IOException {
    Verifier verifier = Verifier.create();
    List<FileReport> reports = outputs.stream().map(verifier::verify).toList();
    TextReport.print(reports, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();
    if (report != null) {
      try (Writer out = Files.newBufferedWriter(report, StandardCharsets.UTF_8)) {
        JsonReport.write(reports, out);
      }
    }
    ExitCode outcome = ExitCode.OK;
    for (FileReport r : reports) {
      outcome = outcome.worst(r.unreadable().isPresent() ? ExitCode.FAILURE : r.passed() ? ExitCode.OK : ExitCode.INVALID);
    }
    return outcome.code();
  }
}
