package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The lock a run holds on its staging folder (a {@code lock} file inside it) for as long as it runs,
 * so that another run into the same output folder leaves that folder alone. The operating system
 * releases it when the process ends, however it ends, so a killed run's folder is free to clean up.
 */
final class FolderLock implements AutoCloseable {
  /** The lock file's name inside a staging folder. */
  static final String FILE = "lock";

  private final FileChannel channel;

  private FolderLock(FileChannel channel) {
    this.channel = channel;
  }

  /** Locks {@code folder}, which this run has just created. */
  static FolderLock acquire(Path folder) throws IOException {
    FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    try {
      channel.lock();
      return new FolderLock(channel);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
  }

  /** Locks {@code folder} if no running process holds it; empty if one does. */
  static Optional<FolderLock> tryAcquire(Path folder) throws IOException {
    FileChannel channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      FileLock lock = channel.tryLock();
      if (lock != null) {
        return Optional.of(new FolderLock(channel));
      }
    } catch (OverlappingFileLockException e) {
      // held by a run in this very process
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e;
    }
    channel.close();
    return Optional.empty();
  }

  /** Releases the lock (the lock file stays until the folder is removed). */
  @Override
  public void close() throws IOException {
    channel.close();
  }
}
