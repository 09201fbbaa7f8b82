package org.safeguarding.bulletin.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.json.JsonSyntax;
import org.safeguarding.bulletin.internal.json.TreeBinder;
import org.safeguarding.bulletin.internal.rules.DocumentRules;
import org.safeguarding.bulletin.internal.rules.RuleContext;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.validate.BulletinInvalidException;

/**
 * Reads a bulletin from its JSON form and checks it in full: syntax, shape and every document rule.
 * Either the bulletin comes back valid, or a {@link BulletinInvalidException} lists every problem,
 * each with its JSON path (and line and column for syntax errors).
 *
 * <pre>{@code
 * Bulletin bulletin = BulletinJson.reader().read(Path.of("bulletin.json"));
 * }</pre>
 *
 * <p>Documents over 10 MB, or nested deeper than 64 levels, are refused. Instances are immutable and
 * thread-safe.
 */
public final class BulletinReader {
  private final Path baseDirectory;
  private final boolean placeholderLinksAllowed;

  private BulletinReader(Path baseDirectory, boolean placeholderLinksAllowed) {
    this.baseDirectory = baseDirectory;
    this.placeholderLinksAllowed = placeholderLinksAllowed;
  }

  static BulletinReader create() {
    return new BulletinReader(Path.of(""), false);
  }

  /**
   * A copy that reads drafts whose links still have a placeholder target ({@code #} or empty),
   * for tools such as the linter that report them with everything else. Refused by default, as
   * such a bulletin must not be rendered.
   */
  public BulletinReader withPlaceholderLinksAllowed(boolean allowed) {
    return new BulletinReader(baseDirectory, allowed);
  }

  /**
   * A copy that resolves relative paths (the logo) against {@code directory}. By default they are
   * resolved against the current directory, or, by {@link #read(Path)}, against the file's directory.
   */
  public BulletinReader withBaseDirectory(Path directory) {
    return new BulletinReader(Objects.requireNonNull(directory, "directory"), placeholderLinksAllowed);
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
    Bulletin bulletin = TreeBinder.bind(root, problems);
    boolean versionRefused = problems.problems().stream()
        .anyMatch(p -> p.code().equals("unsupported-format-version"));
    if (!versionRefused && root.isObject()) {
      DocumentRules.check(root, new RuleContext(baseDirectory, placeholderLinksAllowed), problems);
    }
    if (bulletin == null || problems.foundSince(0)) {
      throw new BulletinInvalidException(problems.problems());
    }
    return bulletin;
  }
}
