package org.safeguarding.bulletin.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.files.FileScope;
import org.safeguarding.bulletin.internal.json.JsonSyntax;
import org.safeguarding.bulletin.internal.json.TreeBinder;
import org.safeguarding.bulletin.internal.rules.DocumentRules;
import org.safeguarding.bulletin.internal.rules.RuleContext;
import org.safeguarding.bulletin.internal.rules.Validated;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.Limits;

/**
 * Reads a bulletin from its JSON form and checks it in full: syntax, shape and every document rule.
 * Either the bulletin comes back valid, or a {@link BulletinInvalidException} lists every problem,
 * each with its JSON path (and line and column for syntax errors).
 *
 * <pre>{@code
 * Bulletin bulletin = BulletinJson.reader().read(Path.of("bulletin.json"));
 * }</pre>
 *
 * <p>Documents over 10 MB, or nested deeper than 64 levels, are refused, and so are documents over
 * any of the {@link Limits}. No file outside the bulletin's folder is read. Instances are immutable
 * and thread-safe.
 */
public final class BulletinReader {
  private final Path baseDirectory;
  private final @Nullable Path fileRoot;
  private final Limits limits;
  private final boolean placeholderLinksAllowed;

  private BulletinReader(Path baseDirectory, @Nullable Path fileRoot, Limits limits, boolean placeholderLinksAllowed) {
    this.baseDirectory = baseDirectory;
    this.fileRoot = fileRoot;
    this.limits = limits;
    this.placeholderLinksAllowed = placeholderLinksAllowed;
  }

  static BulletinReader create() {
    return new BulletinReader(Path.of(""), null, Limits.defaults(), false);
  }

  /**
   * A copy that reads drafts whose links still have a placeholder target ({@code #} or empty),
   * for tools such as the linter that report them with everything else. Refused by default, as
   * such a bulletin must not be rendered.
   */
  public BulletinReader withPlaceholderLinksAllowed(boolean allowed) {
    return new BulletinReader(baseDirectory, fileRoot, limits, allowed);
  }

  /**
   * A copy that resolves relative paths (the logo) against {@code directory}. By default they are
   * resolved against the current directory, or, by {@link #read(Path)}, against the file's directory.
   * No file outside that directory is read, unless {@link #withFileRoot(Path)} widens it.
   */
  public BulletinReader withBaseDirectory(Path directory) {
    return new BulletinReader(Objects.requireNonNull(directory, "directory"), fileRoot, limits,
        placeholderLinksAllowed);
  }

  /**
   * A copy that reads the files bulletins name from anywhere inside {@code root}, for bulletins
   * that share pictures from a folder above their own. By default no file outside the bulletin's
   * own folder is read: not through {@code ..}, an absolute path or a symbolic link.
   */
  public BulletinReader withFileRoot(Path root) {
    return new BulletinReader(baseDirectory, Objects.requireNonNull(root, "root"), limits, placeholderLinksAllowed);
  }

  /** A copy that checks documents against {@code limits} instead of {@link Limits#defaults()}. */
  public BulletinReader withLimits(Limits limits) {
    return new BulletinReader(baseDirectory, fileRoot, Objects.requireNonNull(limits, "limits"),
        placeholderLinksAllowed);
  }

  /**
   * Reads the bulletin in {@code file}; relative paths in it are resolved against its directory.
   *
   * @throws BulletinInvalidException if the document has any problem
   * @throws IOException if the file cannot be read
   */
  public Bulletin read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    long size = Files.size(file);
    if (size > JsonSyntax.MAX_BYTES) {
      throw JsonSyntax.tooLarge(size);
    }
    Path parent = file.toAbsolutePath().getParent();
    return withBaseDirectory(parent == null ? baseDirectory : parent).read(Files.readAllBytes(file));
  }

  /**
   * Reads the bulletin in {@code in}, which is not closed.
   *
   * @throws BulletinInvalidException if the document has any problem
   * @throws IOException if the stream cannot be read
   */
  public Bulletin read(InputStream in) throws IOException {
    Objects.requireNonNull(in, "in");
    byte[] bytes = in.readNBytes(JsonSyntax.MAX_BYTES + 1);
    if (bytes.length > JsonSyntax.MAX_BYTES) {
      throw JsonSyntax.tooLarge(bytes.length);
    }
    return read(bytes);
  }

  /**
   * Reads the bulletin in {@code json}.
   *
   * @throws BulletinInvalidException if the document has any problem
   */
  public Bulletin read(String json) {
    return read(Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8));
  }

  private Bulletin read(byte[] bytes) {
    JsonNode root = JsonSyntax.parse(bytes);
    ProblemCollector problems = new ProblemCollector();
    TreeBinder.Bound bound = TreeBinder.bind(root, problems);
    FileScope files = new FileScope(baseDirectory, fileRoot == null ? baseDirectory : fileRoot);
    if (bound.parts() != null) {
      DocumentRules.check(root, bound.parts(), new RuleContext(files, limits, placeholderLinksAllowed), problems);
    }
    Bulletin bulletin = bound.bulletin();
    if (bulletin == null || problems.foundSince(0)) {
      throw new BulletinInvalidException(problems.problems());
    }
    if (!placeholderLinksAllowed) {
      Validated.remember(bulletin, limits, files);
    }
    return bulletin;
  }
}
