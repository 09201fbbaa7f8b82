package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.safeguarding.bulletin.wording.Wordings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --labels FILE}: the library's own words in a language, replacing or adding to its wording. */
final class LabelsOption {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--labels", paramLabel = "FILE",
      description = "The library's own words in one language, from a properties file (UTF-8) whose 'language' key "
          + "names it; replaces the library's words for that language or adds one. See docs/languages.md.")
  private List<Path> labels = new ArrayList<>();

  /** The library's wording with each {@code --labels} file added, in order. */
  Wordings wordings() {
    Wordings wordings = Wordings.builtIn();
    for (Path file : labels) {
      try {
        wordings = wordings.withFile(file);
      } catch (IOException e) {
        throw new ParameterException(spec.commandLine(), "--labels: cannot read " + file + ": " + e.getMessage());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--labels: " + file + ": " + e.getMessage());
      }
    }
    return wordings;
  }
}
