package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The moves of a run's final step, written into its staging folder (and synced) only once every new
 * file is staged and synced there. Entry {@code n} moves the staged file {@code n.new} to its target
 * in the output folder, first moving a file already there to {@code n.old}. Its presence tells a
 * later run that the killed one had staged everything, so that run finishes the moves; without it
 * nothing had been moved yet, and the staged files are only deleted.
 *
 * <p>Both directions are safe to repeat from any point: {@link #moveIn} skips the entries already
 * moved, and {@link #putBack} the entries not moved.
 */
record Journal(List<Entry> entries) {
  /** The journal's name in the staging folder. */
  static final String FILE = "journal";
  /** Its name once every move is done. */
  static final String DONE = "journal.done";

  /**
   * Test hook, read by {@link #moveIn}: a pause in milliseconds before each entry's moves, so that a
   * test can kill a run while the output folder holds some new files and some earlier ones. Unset
   * (no pause) in every ordinary run.
   */
  static final String PAUSE_PROPERTY = "bulletin.test.pauseBetweenMovesMillis";

  private static final String HEADER = "bulletin staging journal 1";

  Journal {
    entries = List.copyOf(entries);
  }

  /** One output: its staged file's number and its name in the output folder. */
  record Entry(int index, String name) {
    Entry {
      if (index < 0 || !plainName(name)) {
        throw new IllegalArgumentException("not an output file name: " + name);
      }
    }

    Path staged(Path folder) {
      return folder.resolve(index + ".new");
    }

    Path backup(Path folder) {
      return folder.resolve(index + ".old");
    }

    Path target(Path directory) {
      return directory.resolve(name);
    }

    private static boolean plainName(String name) {
      return !name.isEmpty() && !name.equals(".") && !name.equals("..") && !name.startsWith(StagingFolder.PREFIX)
          && name.chars().noneMatch(c -> c == '/' || c == '\\' || c < 0x20);
    }
  }

  /** Writes the journal into {@code folder} as one rename, synced with the folder's entries. */
  void write(Path folder) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    for (Entry entry : entries) {
      text.append(entry.index()).append('\t').append(entry.name()).append('\n');
    }
    text.append("end ").append(entries.size()).append('\n');
    Path part = folder.resolve(FILE + ".part");
    try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      channel.write(StandardCharsets.UTF_8.encode(text.toString()));
      channel.force(true);
    }
    SafeFiles.move(part, folder.resolve(FILE));
    SafeFiles.syncFolder(folder);
  }

  /** The journal in {@code folder}, or empty if the run that staged there never wrote one. */
  static Optional<Journal> read(Path folder) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(folder.resolve(FILE), StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return Optional.empty();
    }
    if (lines.size() < 2 || !lines.get(0).equals(HEADER) || !lines.get(lines.size() - 1).equals("end " + (lines.size() - 2))) {
      throw new IOException(folder.resolve(FILE) + " is not a complete journal");
    }
    List<Entry> entries = new ArrayList<>();
    try {
      for (String line : lines.subList(1, lines.size() - 1)) {
        int tab = line.indexOf('\t');
        entries.add(new Entry(Integer.parseInt(line.substring(0, tab)), line.substring(tab + 1)));
      }
    } catch (RuntimeException e) {
      throw new IOException(folder.resolve(FILE) + " is not a journal of outputs: " + e.getMessage(), e);
    }
    return Optional.of(new Journal(entries));
  }

  /** Whether the run that staged in {@code folder} finished its moves. */
  static boolean done(Path folder) {
    return Files.exists(folder.resolve(DONE), LinkOption.NOFOLLOW_LINKS);
  }

  /** Records that every move is done (the output folder's entries synced first). */
  static void markDone(Path directory, Path folder) throws IOException {
    SafeFiles.syncFolder(directory);
    SafeFiles.move(folder.resolve(FILE), folder.resolve(DONE));
  }

  /** Moves every staged file not yet moved into place, each file it replaces to its backup first. */
  void moveIn(Path directory, Path folder) throws IOException {
    long pause = Long.getLong(PAUSE_PROPERTY, 0);
    for (Entry entry : entries) {
      Path staged = entry.staged(folder);
      if (!Files.exists(staged, LinkOption.NOFOLLOW_LINKS)) {
        continue;
      }
      pause(pause);
      Path target = entry.target(directory);
      Path backup = entry.backup(folder);
      if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.exists(backup, LinkOption.NOFOLLOW_LINKS)) {
        SafeFiles.move(target, backup);
      }
      SafeFiles.move(staged, target);
    }
  }

  /**
   * Undoes {@link #moveIn}, newest first: each new file goes back to its staged name and each
   * earlier file back into place, so that the output folder is as it was and a later
   * {@link #moveIn} could still run.
   */
  void putBack(Path directory, Path folder) throws IOException {
    for (int i = entries.size() - 1; i >= 0; i--) {
      Entry entry = entries.get(i);
      Path staged = entry.staged(folder);
      Path target = entry.target(directory);
      Path backup = entry.backup(folder);
      if (!Files.exists(staged, LinkOption.NOFOLLOW_LINKS) && Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
        SafeFiles.move(target, staged);
      }
      if (Files.exists(backup, LinkOption.NOFOLLOW_LINKS)) {
        SafeFiles.move(backup, target);
      }
    }
  }

  private static void pause(long millis) throws IOException {
    if (millis <= 0) {
      return;
    }
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while moving the outputs into place", e);
    }
  }
}
