package org.safeguarding.bulletin.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * One run's outputs, written all or nothing through a hidden staging folder inside the output folder,
 * {@code DIR/.bulletin-staging-<run id>/} (on the same file system, so that every move is a rename).
 * Each output is written there and synced; {@link #commit()} then writes the {@link Journal}, moves
 * the new files into place (each earlier file to a backup in the staging folder first) and marks the
 * journal done. {@link #close()} removes the folder, unless a failure during the moves left the
 * output folder in a state only the journal can finish: then {@link StagingRecovery} in the next run
 * does. The run holds a {@link FolderLock} on its folder throughout.
 */
final class StagingFolder implements AutoCloseable {
  /** The start of every staging folder's name. */
  static final String PREFIX = ".bulletin-staging-";

  /** Writes one output to a stream. */
  interface Writer {
    void write(OutputStream out) throws IOException;
  }

  private final Path directory;
  private final Path folder;
  private final FolderLock lock;
  private final AtomicInteger next = new AtomicInteger();
  private final Map<Path, Journal.Entry> staged = new ConcurrentHashMap<>();
  private boolean leftForRecovery;

  private StagingFolder(Path directory, Path folder, FolderLock lock) {
    this.directory = directory;
    this.folder = folder;
    this.lock = lock;
  }

  /** Creates (and locks) a new staging folder in {@code directory}, creating that too if need be. */
  static StagingFolder create(Path directory) throws IOException {
    Path absolute = directory.toAbsolutePath().normalize();
    Files.createDirectories(absolute);
    Path folder = Files.createDirectory(absolute.resolve(PREFIX + UUID.randomUUID()));
    try {
      return new StagingFolder(absolute, folder, FolderLock.acquire(folder));
    } catch (IOException | RuntimeException e) {
      Files.deleteIfExists(folder);
      throw e;
    }
  }

  /**
   * Writes {@code target}'s content into the staging folder and syncs it; {@link #commit()} moves it
   * into place. Returns its size in bytes, which the file will have once moved.
   */
  long stage(Path target, Writer writer) throws IOException {
    Path absolute = target.toAbsolutePath().normalize();
    if (!directory.equals(absolute.getParent())) {
      throw new IOException(target + " is not in " + directory);
    }
    Journal.Entry entry = new Journal.Entry(next.getAndIncrement(), absolute.getFileName().toString());
    if (staged.putIfAbsent(absolute, entry) != null) {
      throw new IOException(target + " is written twice in one run");
    }
    try (FileChannel channel = FileChannel.open(entry.staged(folder), StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE)) {
      OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
      writer.write(out);
      out.flush();
      channel.force(true);
      return channel.size();
    } catch (Throwable e) {
      staged.remove(absolute);
      try {
        Files.deleteIfExists(entry.staged(folder));
      } catch (IOException undo) {
        e.addSuppressed(undo);
      }
      throw e;
    }
  }

  /** Drops the staged outputs for {@code targets}: they will not be moved into place. */
  void discard(Collection<Path> targets) throws IOException {
    for (Path target : targets) {
      Journal.Entry entry = staged.remove(target.toAbsolutePath().normalize());
      if (entry != null) {
        Files.deleteIfExists(entry.staged(folder));
      }
    }
  }

  /**
   * Moves every staged output into place and returns how many were. If a move fails, those already
   * made are undone, so that the run changes all of its files or none.
   */
  int commit() throws IOException {
    List<Journal.Entry> entries = staged.values().stream().sorted(Comparator.comparingInt(Journal.Entry::index)).toList();
    for (Journal.Entry entry : entries) {
      if (Files.isDirectory(entry.target(directory), LinkOption.NOFOLLOW_LINKS)) {
        throw new IOException(entry.target(directory) + " is a directory");
      }
    }
    Journal journal = new Journal(entries);
    journal.write(folder);
    leftForRecovery = true;
    try {
      journal.moveIn(directory, folder);
    } catch (IOException | RuntimeException e) {
      try {
        journal.putBack(directory, folder);
        leftForRecovery = false;
      } catch (IOException | RuntimeException undo) {
        e.addSuppressed(undo);
      }
      throw e;
    }
    Journal.markDone(directory, folder);
    leftForRecovery = false;
    staged.clear();
    return entries.size();
  }

  /** Releases the folder and removes it, unless a failed commit left it for the next run to finish. */
  @Override
  public void close() throws IOException {
    if (leftForRecovery) {
      lock.close();
    } else {
      remove(folder, lock);
    }
  }

  /**
   * Removes a staging folder whose {@code lock} the caller holds: the journal first, so that a crash
   * while removing can never make a later run move in part of the staged files, the lock file last.
   */
  static void remove(Path folder, FolderLock lock) throws IOException {
    Files.deleteIfExists(folder.resolve(Journal.FILE));
    SafeFiles.syncFolder(folder);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        if (!file.getFileName().toString().equals(FolderLock.FILE)) {
          Files.deleteIfExists(file);
        }
      }
    }
    lock.close();
    Files.deleteIfExists(folder.resolve(FolderLock.FILE));
    Files.deleteIfExists(folder);
  }
}
