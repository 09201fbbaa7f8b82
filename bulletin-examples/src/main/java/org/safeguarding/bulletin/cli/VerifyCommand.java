package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.verify.AccessibilityStatement;
import org.safeguarding.bulletin.verify.LibraryReport;
import org.safeguarding.bulletin.wording.Wordings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code verify OUTPUT... [--bulletin INPUT.json]}: each rendered file through its validators
 * (bulletin-verify), a text summary on standard output and, with {@code --report} and
 * {@code --report-html}, the JSON and HTML reports ({@link Verification}); with {@code --bulletin},
 * the bulletin's accessibility statement in them too. Exits 0 when every check passes, 1 when any
 * fails (or the bulletin is invalid), 3 when a file cannot be read or verified.
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

  @Option(names = "--bulletin", paramLabel = "INPUT.json",
      description = "The bulletin the files were rendered from: the reports then end with its accessibility statement,"
          + " in its language, to paste under the GOV.UK model statement.")
  private @Nullable Path bulletin;

  @Mixin
  private LabelsOption labels;

  @Mixin
  private ReportOptions reports;

  @Mixin
  private ChromiumOptions chromium;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Verification.Statements statements = Verification.Statements.NONE;
    if (bulletin != null) {
      Bulletin read;
      try {
        read = BulletinJson.reader().read(bulletin);
      } catch (BulletinInvalidException e) {
        e.problems().forEach(p -> err.println(bulletin + ": " + p));
        return ExitCode.INVALID.code();
      }
      Wordings wordings = labels.wordings();
      statements = fileReports -> List.of(
          AccessibilityStatement.of(read, wordings.forLanguage(read.language()), fileReports));
    }
    return Verification.run(chromium.verifier(), outputs, LibraryReport.none(), statements, reports,
        spec.commandLine().getOut()).code();
  }
}
