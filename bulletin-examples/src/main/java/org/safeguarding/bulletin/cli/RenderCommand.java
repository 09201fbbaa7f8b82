package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.safeguarding.bulletin.examples.SaferSeven;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.wording.Wordings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code render INPUT.json... [--out DIR] [--format html|docx|pdf|text|easy-read-html|easy-read-pdf ...] [--keep-going] [--file-root DIR]
 * [--limit NAME=N] [--verify [--report FILE.json] [--report-html FILE.html]]}: validates every input
 * first, as each chosen output would render it, refuses inputs that would write the same file, then
 * renders them all on every core; with {@code --verify}, then verifies each file written as
 * {@code verify} does ({@link Verification}). Without inputs it renders the built-in Safer Seven
 * example.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = "Render bulletins as accessible HTML, Easy Read DOCX and PDF/UA (all three by default), or as plain text.")
final class RenderCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "INPUT.json", arity = "0..*",
      description = "The bulletins to render; none renders the built-in Safer Seven example.")
  private List<Path> inputs = List.of();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
      description = "Where to write DIR/<id>.html, DIR/<id>.pdf, DIR/<id>-easy-read.docx and DIR/<id>.txt (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Mixin
  private FormatOptions formats;

  @Option(names = "--keep-going",
      description = "Render the valid inputs even if some are invalid or fail to render (the exit code is still 1, or 3).")
  private boolean keepGoing;

  @Mixin
  private InputOptions options;

  @Mixin
  private LabelsOption labels;

  @Option(names = "--no-qr-codes",
      description = "Leave out the QR codes that the PDF and the Easy Read DOCX give each web link by default.")
  private boolean noQrCodes;

  @Option(names = "--verify",
      description = "Then verify each file written as the verify command does (plain text is not checked);"
          + " exit 1 if a check fails, the files staying written.")
  private boolean verify;

  @Mixin
  private ReportOptions reports;

  @Mixin
  private ChromiumOptions chromium;

  private final UnaryOperator<BulletinRenderer> wrap;

  RenderCommand() {
    this(UnaryOperator.identity());
  }

  /** A render command whose renderers are each passed through {@code wrap}: a seam for tests. */
  RenderCommand(UnaryOperator<BulletinRenderer> wrap) {
    this.wrap = wrap;
  }

  @Override
  public Integer call() {
    if (reports.any() && !verify) {
      throw new ParameterException(spec.commandLine(), "--report and --report-html need --verify");
    }
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    EnumSet<OutputFormat> chosen = formats.chosen();
    Renderers renderers = new Renderers(options.renderOptions(labels.wordings()).toBuilder().qrCodes(!noQrCodes).build(),
        wrap);
    RenderWarmUp.await();
    InputReader reader = new InputReader(err, renderers, chosen);
    List<InputReader.Input> documents = inputs.isEmpty()
        ? List.of(new InputReader.Input(Path.of("online-risks-and-harms.json"), SaferSeven::build))
        : reader.validateAll(inputs);
    if (reader.outcome() != ExitCode.OK && !keepGoing) {
      err.println("bulletin: nothing rendered, as " + (inputs.size() - documents.size()) + " of " + inputs.size()
          + " inputs could not be used; --keep-going renders the others");
      return reader.outcome().code();
    }
    try (Progress progress = Progress.forDocuments(documents.size())) {
      List<String> clashes = OutputClashes.find(documents, chosen, renderers, out);
      if (!clashes.isEmpty()) {
        clashes.forEach(err::println);
        err.println("bulletin: nothing rendered, as inputs would overwrite each other's files; give each bulletin its own id");
        return ExitCode.INVALID.code();
      }
      StagingRecovery.recover(out).forEach(err::println);
      BatchRenderer.Outcome outcome = new BatchRenderer(chosen, out, progress, renderers, keepGoing).render(documents);
      for (RenderFailure failure : outcome.failures()) {
        Failures.report(spec.commandLine(), "bulletin: " + failure.describe()
            + (keepGoing ? "; its files were not written" : "; nothing was written"), failure.cause());
      }
      if (!keepGoing && !outcome.failures().isEmpty()) {
        return ExitCode.FAILURE.code();
      }
      int rendered = documents.size() - outcome.failures().size();
      int files = outcome.files();
      err.println(String.format(Locale.ROOT, "rendered %d %s into %d %s in %s in %.1f s", rendered,
          rendered == 1 ? "document" : "documents", files, files == 1 ? "file" : "files", out,
          (System.nanoTime() - start) / 1e9));
      ExitCode rendering = reader.outcome().worst(outcome.failures().isEmpty() ? ExitCode.OK : ExitCode.FAILURE);
      return (verify ? rendering.worst(verifyWritten(outcome.written(), renderers.options().wordings())) : rendering).code();
    } catch (IOException e) {
      Failures.report(spec.commandLine(), "bulletin: cannot write to " + out + ": " + e.getMessage()
          + "; nothing was written", e);
      return ExitCode.FAILURE.code();
    }
  }

  /** {@code --verify}: the files written through {@link Verification}; the files stay whatever it finds. */
  private ExitCode verifyWritten(List<BatchRenderer.Written> written, Wordings wordings) {
    ExitCode checked;
    try {
      checked = Verification.run(chromium.verifier(), WrittenReport.checkable(written), WrittenReport.library(written),
          fileReports -> WrittenReport.statements(written, wordings, fileReports), reports, spec.commandLine().getOut());
    } catch (IOException e) {
      Failures.report(spec.commandLine(), "bulletin: cannot verify or write the report: " + e.getMessage()
          + "; the files stay written in " + out, e);
      return ExitCode.FAILURE;
    }
    if (checked != ExitCode.OK) {
      spec.commandLine().getErr().println("bulletin: the files stay written in " + out + ", though "
          + (checked == ExitCode.INVALID ? "a check failed" : "a file could not be verified"));
    }
    return checked;
  }
}
