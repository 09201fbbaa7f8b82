package org.safeguarding.bulletin.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.validate.Limit;
import org.safeguarding.bulletin.validate.Limits;
import org.safeguarding.bulletin.wording.Wordings;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options that say how far inputs are trusted: {@code --file-root DIR} and {@code --limit NAME=N}. */
final class InputOptions {
  @Spec(Spec.Target.MIXEE)
  private CommandSpec spec;

  @Option(names = "--file-root", paramLabel = "DIR",
      description = "Let bulletins name files (their logo) anywhere inside DIR; by default only inside each bulletin's own folder.")
  private @Nullable Path fileRoot;

  @Option(names = "--limit", paramLabel = "NAME=N",
      description = "Change a size limit, for example --limit contacts=500; see docs/security.md for every limit.")
  private Map<String, Long> limits = new LinkedHashMap<>();

  /**
   * The render options these options give, with the library's words from {@code wordings}: the one
   * set of options every renderer of the run is made from.
   */
  RenderOptions renderOptions(Wordings wordings) {
    Limits chosen = Limits.defaults();
    for (Map.Entry<String, Long> limit : limits.entrySet()) {
      try {
        chosen = chosen.with(Limit.ofOptionName(limit.getKey()), limit.getValue());
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--limit: " + e.getMessage());
      }
    }
    RenderOptions.Builder options = RenderOptions.builder().limits(chosen).wordings(wordings);
    return (fileRoot == null ? options : options.fileRoot(fileRoot)).build();
  }
}
