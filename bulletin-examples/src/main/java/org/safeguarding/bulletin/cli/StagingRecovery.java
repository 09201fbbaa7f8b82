package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Cleans up after runs that were killed (or lost power) in an output folder: each staging folder no
 * running process holds is finished if its {@link Journal} was written (every new file had been
 * staged, so the moves are completed: roll forward), and otherwise deleted (nothing had been moved:
 * roll back). Either way the output folder then holds one run's files, never a mix.
 */
final class StagingRecovery {
  private StagingRecovery() {}

  /**
   * Recovers every staging folder left in {@code directory} and returns one line for each, to show
   * the user.
   *
   * @throws IOException if one cannot be finished or removed (it is then left for a later run)
   */
  static List<String> recover(Path directory) throws IOException {
    Path absolute = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(absolute)) {
      return List.of();
    }
    List<Path> leftovers;
    try (Stream<Path> files = Files.list(absolute)) {
      leftovers = files.filter(f -> f.getFileName().toString().startsWith(StagingFolder.PREFIX)
          && Files.isDirectory(f, LinkOption.NOFOLLOW_LINKS)).sorted().toList();
    }
    List<String> lines = new ArrayList<>();
    for (Path folder : leftovers) {
      Optional<FolderLock> lock = FolderLock.tryAcquire(folder);
      if (lock.isPresent()) {
        lines.add(recover(absolute, folder, lock.get()));
      }
    }
    return lines;
  }

  private static String recover(Path directory, Path folder, FolderLock lock) throws IOException {
    try {
      String line;
      if (Journal.done(folder)) {
        line = "bulletin: removed " + folder.getFileName() + ", left by a render that had finished, from " + directory;
      } else {
        Optional<Journal> journal = Journal.read(folder);
        if (journal.isPresent()) {
          journal.get().moveIn(directory, folder);
          Journal.markDone(directory, folder);
          line = "bulletin: finished a render into " + directory + " that was interrupted while moving its "
              + journal.get().entries().size() + " files into place";
        } else {
          line = "bulletin: removed the staged files of a render into " + directory
              + " that was interrupted before moving any into place; the files there are unchanged";
        }
      }
      StagingFolder.remove(folder, lock);
      return line;
    } catch (IOException | RuntimeException e) {
      lock.close();
      throw new IOException("cannot clean up " + folder + ", left by an interrupted render: " + e.getMessage(), e);
    }
  }
}
