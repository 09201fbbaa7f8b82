package org.safeguarding.bulletin.internal.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Where the files a bulletin names are looked for, and the folder they must stay inside: a path is
 * resolved against {@code directory}, and refused if it is absolute, or if it, or the file a
 * symbolic link on the way points to, is outside {@code root}.
 *
 * @param directory what relative paths are relative to: usually the bulletin's folder
 * @param root the folder no file outside of which is read: usually the same folder
 */
public record FileScope(Path directory, Path root) {
  private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");

  /** Checks that both are given. */
  public FileScope {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(root, "root");
  }

  /** Files relative to {@code directory}, and inside it. */
  public static FileScope of(Path directory) {
    return new FileScope(directory, directory);
  }

  /**
   * The real path of the regular file that {@code written} names.
   *
   * @throws RefusedFileException if it is not a path, is absolute, is outside the root (itself or
   *     through a symbolic link), does not exist or is not a regular file
   */
  public Path locate(String written) throws RefusedFileException {
    Path relative;
    try {
      relative = Path.of(written);
    } catch (InvalidPathException e) {
      throw new RefusedFileException("not a valid file path");
    }
    if (relative.isAbsolute() || written.startsWith("/") || written.startsWith("\\") || DRIVE.matcher(written).matches()) {
      throw new RefusedFileException("an absolute path; give a path relative to the bulletin's folder");
    }
    Path top = root.toAbsolutePath().normalize();
    Path candidate = directory.toAbsolutePath().normalize().resolve(relative).normalize();
    if (!candidate.startsWith(top)) {
      throw outside();
    }
    Path real;
    Path realTop;
    try {
      realTop = top.toRealPath();
      real = candidate.toRealPath();
    } catch (NoSuchFileException e) {
      throw new RefusedFileException("no such file");
    } catch (IOException | SecurityException e) {
      throw new RefusedFileException("the file cannot be opened");
    }
    if (!real.startsWith(realTop)) {
      throw outside();
    }
    if (!Files.isRegularFile(real)) {
      throw new RefusedFileException("not a regular file");
    }
    return real;
  }

  private static RefusedFileException outside() {
    return new RefusedFileException("outside the bulletin's folder; a bulletin may name only files inside it");
  }
}
