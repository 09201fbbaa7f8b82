package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.json.BulletinReader;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.Problem;

/**
 * Reads the command line's inputs, printing every problem of every input to standard error, one a
 * line, as {@code FILE: PATH: message}, and remembering the worst outcome.
 */
final class InputReader {
  /** The share of the largest heap that the files of kept bulletins may add up to. */
  private static final int KEEP_SHARE_OF_HEAP = 64;

  private final PrintWriter err;
  private final Renderers renderers;
  private final Set<OutputFormat> formats;
  private ExitCode outcome = ExitCode.OK;

  /**
   * A reader that checks each input as {@code renderers} would render it in each of {@code formats},
   * so that whatever it accepts renders.
   */
  InputReader(PrintWriter err, Renderers renderers, Set<OutputFormat> formats) {
    this.err = err;
    this.renderers = renderers;
    this.formats = Set.copyOf(formats);
  }

  /**
   * The inputs that are valid, in input order, checked on every core; every problem is printed, in
   * input order. The bulletins read are kept for rendering while their files add up to no more
   * than a sixty-fourth of the largest heap; the others are read again when they are rendered, so
   * that a run of thousands stays within a small heap.
   */
  List<Input> validateAll(List<Path> files) {
    AtomicLong budget = new AtomicLong(Runtime.getRuntime().maxMemory() / KEEP_SHARE_OF_HEAP);
    List<Outcome> outcomes = files.parallelStream().map(file -> check(file, budget)).toList();
    List<Input> inputs = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      Outcome checked = outcomes.get(i);
      checked.messages().forEach(message -> err.println(file + ": " + message));
      outcome = outcome.worst(checked.code());
      if (checked.code() == ExitCode.OK) {
        Bulletin kept = checked.bulletin();
        BulletinReader reader = renderers.reader();
        inputs.add(new Input(file, kept != null ? () -> kept : () -> reader.read(file)));
      }
    }
    err.flush();
    return inputs;
  }

  /** What checking one input found: its outcome, the lines to print about it, and its bulletin if kept. */
  private record Outcome(ExitCode code, List<String> messages, @Nullable Bulletin bulletin) {
    Outcome(ExitCode code, List<String> messages) {
      this(code, messages, null);
    }
  }

  private Outcome check(Path file, AtomicLong budget) {
    try {
      Bulletin bulletin = renderers.reader().read(file);
      List<String> problems = outputProblems(bulletin, new Input(file, () -> bulletin).directory());
      if (!problems.isEmpty()) {
        return new Outcome(ExitCode.INVALID, problems);
      }
      boolean keep = budget.addAndGet(-Files.size(file)) >= 0;
      return new Outcome(ExitCode.OK, List.of(), keep ? bulletin : null);
    } catch (BulletinInvalidException e) {
      return new Outcome(ExitCode.INVALID, e.problems().stream().map(Problem::toString).toList());
    } catch (NoSuchFileException e) {
      return new Outcome(ExitCode.FAILURE, List.of("cannot read: no such file"));
    } catch (IOException e) {
      return new Outcome(ExitCode.FAILURE, List.of("cannot read: " + e.getMessage()));
    }
  }

  /** What keeps one of the formats from showing {@code bulletin}, each problem once, in format order. */
  private List<String> outputProblems(Bulletin bulletin, Path folder) {
    Set<String> problems = new LinkedHashSet<>();
    for (OutputFormat format : formats) {
      renderers.get(format, folder).problems(bulletin).forEach(p -> problems.add(p.toString()));
    }
    return List.copyOf(problems);
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
