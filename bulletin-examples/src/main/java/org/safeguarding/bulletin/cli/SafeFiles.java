package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** The file system steps the staging of outputs is made of: moves, and syncing a folder's entries. */
final class SafeFiles {
  private SafeFiles() {}

  /** Renames {@code from} to {@code to}, replacing it, atomically where the file system can. */
  static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /**
   * Asks the file system to write {@code folder}'s entries (its creations, renames and deletions) to
   * the disk. Linux and macOS can; where a folder cannot be opened for this (Windows), nothing is
   * done, and a power cut may undo recent renames there.
   */
  static void syncFolder(Path folder) {
    try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException e) {
      // not possible on this file system: the renames are still in order, just not yet on the disk
    }
  }
}
