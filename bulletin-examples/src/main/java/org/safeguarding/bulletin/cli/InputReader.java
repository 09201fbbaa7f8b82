package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

  /** The bulletins that could be read, in input order; problems are printed as they are found. */
  List<Input> readAll(List<Path> files) {
    List<Input> inputs = new ArrayList<>();
    for (Path file : files) {
      read(file).ifPresent(bulletin -> inputs.add(new Input(file, bulletin)));
    }
    return inputs;
  }

  private Optional<Bulletin> read(Path file) {
    try {
      return Optional.of(BulletinJson.reader().read(file));
    } catch (BulletinInvalidException e) {
      for (Problem problem : e.problems()) {
        err.println(file + ": " + problem);
      }
      outcome = outcome.worst(ExitCode.INVALID);
    } catch (NoSuchFileException e) {
      err.println(file + ": cannot read: no such file");
      outcome = outcome.worst(ExitCode.FAILURE);
    } catch (IOException e) {
      err.println(file + ": cannot read: " + e.getMessage());
      outcome = outcome.worst(ExitCode.FAILURE);
    }
    err.flush();
    return Optional.empty();
  }

  /** The worst outcome so far: OK, INVALID or FAILURE. */
  ExitCode outcome() {
    return outcome;
  }

  /** A bulletin read from a file. */
  record Input(Path file, Bulletin bulletin) {}
}
