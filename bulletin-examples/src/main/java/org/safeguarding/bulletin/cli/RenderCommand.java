package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.safeguarding.bulletin.examples.SaferSeven;
import org.safeguarding.bulletin.render.RenderException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code render INPUT.json... [--out DIR] [--format html|docx|pdf ...] [--keep-going] [--file-root DIR]
 * [--limit NAME=N]}: validates every input first, as each chosen output would render it, refuses
 * inputs that would write the same file, then renders them all on every core. Without inputs it
 * renders the built-in Safer Seven example.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
    description = "Render bulletins as accessible HTML, Easy Read DOCX and PDF/UA (all three by default).")
final class RenderCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Parameters(paramLabel = "INPUT.json", arity = "0..*",
      description = "The bulletins to render; none renders the built-in Safer Seven example.")
  private List<Path> inputs = List.of();

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
      description = "Where to write DIR/<id>.html, DIR/<id>.pdf and DIR/<id>-easy-read.docx (default: ${DEFAULT-VALUE}).")
  private Path out;

  @Mixin
  private FormatOptions formats;

  @Option(names = "--keep-going",
      description = "Render the valid inputs even if some are invalid (the exit code is still 1).")
  private boolean keepGoing;

  @Mixin
  private InputOptions options;

  @Mixin
  private LabelsOption labels;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    EnumSet<OutputFormat> chosen = formats.chosen();
    Renderers renderers = new Renderers(options.settings(labels.wordings()));
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
      int files = new BatchRenderer(chosen, out, progress, renderers).render(documents);
      err.println(String.format(Locale.ROOT, "rendered %d %s into %d %s in %s in %.1f s", documents.size(),
          documents.size() == 1 ? "document" : "documents", files, files == 1 ? "file" : "files", out,
          (System.nanoTime() - start) / 1e9));
      return reader.outcome().code();
    } catch (IOException e) {
      Failures.report(spec.commandLine(), "bulletin: cannot write to " + out + ": " + e.getMessage()
          + "; nothing was written", e);
      return ExitCode.FAILURE.code();
    } catch (RenderException e) {
      Failures.report(spec.commandLine(), "bulletin: " + e.getMessage() + "; nothing was written", e);
      return ExitCode.FAILURE.code();
    } catch (OutOfMemoryError e) {
      Failures.report(spec.commandLine(), "bulletin: out of memory while rendering; nothing was written; "
          + "give Java more with -Xmx, for example java -Xmx2g -jar bulletin.jar", e);
      return ExitCode.FAILURE.code();
    }
  }
}
