package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Output files written all or nothing: each is first written to a temporary file beside its target,
 * and only when every one of a run is complete are they moved into place, each file it replaces kept
 * aside until all are in. On failure the temporary files are deleted and the files that were there
 * before are unchanged.
 */
final class AtomicOutputs implements AutoCloseable {
  /** Writes one output to a stream. */
  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private record Staged(Path temporary, Path target) {}

  private final List<Staged> staged = new ArrayList<>();

  /** Writes {@code target}'s content to a temporary file; {@link #commit()} moves it into place. */
  void stage(Path target, Writer writer) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".part");
    synchronized (staged) {
      staged.add(new Staged(temporary, target));
    }
    try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      writer.write(out);
    }
  }

  /**
   * Moves every staged file into place and returns how many were. If one cannot be moved, those
   * already moved are put back as they were, so the run changes all of its files or none.
   */
  int commit() throws IOException {
    synchronized (staged) {
      List<Path[]> replaced = new ArrayList<>();
      try {
        for (Staged file : staged) {
          if (Files.isDirectory(file.target())) {
            throw new IOException(file.target() + " is a directory");
          }
          Path backup = null;
          if (Files.exists(file.target())) {
            backup = file.target().resolveSibling("." + file.target().getFileName() + "." + UUID.randomUUID() + ".bak");
            move(file.target(), backup);
          }
          replaced.add(new Path[] {file.target(), backup});
          move(file.temporary(), file.target());
        }
      } catch (IOException e) {
        restore(replaced);
        throw e;
      }
      for (Path[] done : replaced) {
        if (done[1] != null) {
          Files.deleteIfExists(done[1]);
        }
      }
      staged.clear();
      return replaced.size();
    }
  }

  /** Puts back what {@link #commit()} replaced, newest first. */
  private static void restore(List<Path[]> replaced) throws IOException {
    for (int i = replaced.size() - 1; i >= 0; i--) {
      Path target = replaced.get(i)[0];
      Path backup = replaced.get(i)[1];
      Files.deleteIfExists(target);
      if (backup != null) {
        move(backup, target);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Deletes whatever was staged and not committed. */
  @Override
  public void close() throws IOException {
    synchronized (staged) {
      for (Staged file : staged) {
        Files.deleteIfExists(file.temporary());
      }
      staged.clear();
    }
  }
}
