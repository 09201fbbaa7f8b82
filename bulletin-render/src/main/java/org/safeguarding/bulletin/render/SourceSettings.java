package org.safeguarding.bulletin.render;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.validate.Limits;
import org.safeguarding.bulletin.wording.Wordings;

/**
 * The settings every renderer's builder takes about its input, in one place: where the files a
 * bulletin names are read from, the size limits it is checked against and the library's own words.
 * A renderer's builder extends it, so that every renderer takes them the same way.
 *
 * @param <B> the builder, which each setting returns
 */
public abstract class SourceSettings<B extends SourceSettings<B>> {
  private @Nullable Path baseDirectory;
  private @Nullable Path fileRoot;
  private Limits limits = Limits.defaults();
  private Wordings wordings = Wordings.builtIn();

  /** Settings with the defaults. */
  protected SourceSettings() {}

  /** The builder itself, which each setting returns. */
  protected abstract B self();

  /**
   * The directory that the publisher's logo path is resolved against, usually the bulletin JSON
   * file's directory: with one, whether the logo can be read is part of the problems checked. None
   * by default: the logo is not looked at.
   */
  public B baseDirectory(Path baseDirectory) {
    this.baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory");
    return self();
  }

  /**
   * The folder the publisher's logo may be anywhere inside, for bulletins that share pictures from
   * a folder above their own; by default no file outside the base directory is read.
   */
  public B fileRoot(Path fileRoot) {
    this.fileRoot = Objects.requireNonNull(fileRoot, "fileRoot");
    return self();
  }

  /** The size limits bulletins are checked against; {@link Limits#defaults()} by default. */
  public B limits(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
    return self();
  }

  /**
   * The library's own words, by language; {@link Wordings#builtIn()} by default. A bulletin in a
   * language with no wording gets the English words, marked as English.
   */
  public B wordings(Wordings wordings) {
    this.wordings = Objects.requireNonNull(wordings, "wordings");
    return self();
  }

  /** The base directory, or {@code null} if none was set. */
  protected @Nullable Path baseDirectory() {
    return baseDirectory;
  }

  /** The file root, or {@code null} for the base directory itself. */
  protected @Nullable Path fileRoot() {
    return fileRoot;
  }

  /** The size limits. */
  protected Limits limits() {
    return limits;
  }

  /** The library's own words. */
  protected Wordings wordings() {
    return wordings;
  }
}
