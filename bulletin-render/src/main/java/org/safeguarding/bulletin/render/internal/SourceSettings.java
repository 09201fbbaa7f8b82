package org.safeguarding.bulletin.render.internal;

import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.validate.Limits;
import org.safeguarding.bulletin.wording.Wordings;

/**
 * The settings a renderer's builder takes about its input: where the files a bulletin names are
 * read from, the size limits it is checked against and the library's own words. A builder keeps one
 * and hands each such setting to it, so that every renderer takes them the same way without this
 * type appearing in the API.
 */
public final class SourceSettings {
  private @Nullable Path baseDirectory;
  private @Nullable Path fileRoot;
  private Limits limits = Limits.defaults();
  private Wordings wordings = Wordings.builtIn();

  /** The directory that the publisher's logo path is resolved against. */
  public void baseDirectory(Path baseDirectory) {
    this.baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory");
  }

  /** The folder the publisher's logo may be anywhere inside. */
  public void fileRoot(Path fileRoot) {
    this.fileRoot = Objects.requireNonNull(fileRoot, "fileRoot");
  }

  /** The size limits bulletins are checked against. */
  public void limits(Limits limits) {
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  /** The library's own words, by language. */
  public void wordings(Wordings wordings) {
    this.wordings = Objects.requireNonNull(wordings, "wordings");
  }

  /** The check these settings make before rendering, and the way they read the logo. */
  public Validation validation() {
    return new Validation(baseDirectory, fileRoot, limits);
  }

  /** The library's own words, as set. */
  public Wordings wordings() {
    return wordings;
  }
}
