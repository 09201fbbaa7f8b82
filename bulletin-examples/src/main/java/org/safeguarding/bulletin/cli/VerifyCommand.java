package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.safeguarding.bulletin.verify.LibraryReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verify OUTPUT...}: each rendered file through its validators (bulletin-verify), a text
 * summary on standard output and, with {@code --report} and {@code --report-html}, the JSON and HTML
 * reports ({@link Verification}). Exits 0 when every check passes, 1 when any fails, 3 when a file
 * cannot be read or verified.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
    description = "Check rendered bulletins: veraPDF (PDF/UA-1, PDF/A-2a) for .pdf, the Nu HTML Checker and "
        + "axe-core (in Chromium) for .html, the DOCX checks for .docx; and list what a person still has to check.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every check passed", "1:a check failed", "2:wrong usage", "3:a file cannot be read"})
final class VerifyCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "OUTPUT", arity = "1..*", description = "The .pdf, .html and .docx files to verify.")
  private List<Path> outputs;

  @Mixin
  private ReportOptions reports;

  @Mixin
  private ChromiumOptions chromium;

  @Override
  public Integer call() throws IOException {
    return Verification.run(chromium.verifier(), outputs, LibraryReport.none(), reports, spec.commandLine().getOut()).code();
  }
}
