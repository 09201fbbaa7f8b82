package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.Problem;

/**
 * Reads the command line's inputs, printing every problem of every input to standard error, one a
 * line, as {@code FILE: PATH: message}, and remembering the worst outcome.
 */
final class InputReader {
  private final PrintWriter err;
  private ExitCode outcome = ExitCode.OK;

  InputReader(PrintWriter err) {
    this.err = err;
  }

  /**
   * The inputs that are valid, in input order, checked on every core; every problem is printed, in
   * input order. The bulletins are not kept: each is read again when it is rendered, so that a run
   * of thousands stays small.
   */
  List<Input> validateAll(List<Path> files) {
    List<Outcome> outcomes = files.parallelStream().map(InputReader::check).toList();
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      Outcome checked = outcomes.get(i);
      checked.messages().forEach(message -> err.println(file + ": " + message));
      outcome = outcome.worst(checked.code());
      if (checked.code() == ExitCode.OK) {
        inputs.add(new Input(file, () -> BulletinJson.reader().read(file)));
      }
    }
    err.flush();
    return inputs;
  }

  /** What checking one input found: its outcome, and the lines to print about it. */
  private record Outcome(ExitCode code, List<String> messages) {}

  private static Outcome check(Path file) {
    try {
      BulletinJson.reader().read(file);
      return new Outcome(ExitCode.OK, List.of());
    } catch (BulletinInvalidException e) {
      return new Outcome(ExitCode.INVALID, e.problems().stream().map(Problem::toString).toList());
    } catch (NoSuchFileException e) {
      return new Outcome(ExitCode.FAILURE, List.of("cannot read: no such file"));
    } catch (IOException e) {
      return new Outcome(ExitCode.FAILURE, List.of("cannot read: " + e.getMessage()));
    }
  }

  /** The worst outcome so far: OK, INVALID or FAILURE. */
  ExitCode outcome() {
    return outcome;
  }

  /** Reads a bulletin when it is needed. */
  interface Source {
    Bulletin load() throws IOException;
  }

  /**
   * A valid input.
   *
   * @param file the input file
   * @param source reads its bulletin
   */
  record Input(Path file, Source source) {
    /** The directory the bulletin's own file paths (its logo) are relative to. */
    Path directory() {
      Path parent = file.toAbsolutePath().getParent();
      return parent == null ? Path.of("").toAbsolutePath() : parent;
    }
  }
}
