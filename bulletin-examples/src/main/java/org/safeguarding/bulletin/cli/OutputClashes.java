package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.safeguarding.bulletin.model.Bulletin;

/**
 * Finds inputs that would write the same output file (two bulletins with one {@code id}, or one file
 * given twice), so that the run is refused before anything is rendered instead of one input's
 * outputs silently replacing another's.
 */
final class OutputClashes {
  private OutputClashes() {}

  /**
   * One line for each output file that more than one input would write, naming both inputs; empty if
   * there is none. Each bulletin is loaded only while its file names are taken.
   *
   * @throws IOException if an input can no longer be read
   */
  static List<String> find(List<InputReader.Input> inputs, Set<OutputFormat> formats, Renderers renderers,
      Path directory) throws IOException {
    Map<Path, Path> writers = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (InputReader.Input input : inputs) {
      Bulletin bulletin = input.source().load();
      for (OutputFormat format : formats) {
        Path output = directory.resolve(renderers.get(format, input.directory()).fileName(bulletin));
        Path first = writers.putIfAbsent(output.toAbsolutePath().normalize(), input.file());
        if (first != null) {
          clashes.add(input.file() + ": would overwrite " + output + ", also written by " + first
              + (first.equals(input.file()) ? " (the same file given twice)" : " (both have the id '" + bulletin.id() + "')"));
        }
      }
    }
    return clashes;
  }
}
