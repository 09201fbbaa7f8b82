package org.safeguarding.bulletin.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.files.FileScope;
import org.safeguarding.bulletin.internal.rules.DocumentRules;
import org.safeguarding.bulletin.internal.rules.RuleContext;
import org.safeguarding.bulletin.internal.rules.Validated;
import org.safeguarding.bulletin.model.Bulletin;

/**
 * Checks the rules that span a whole bulletin: its size against the {@link Limits}, the characters
 * of its text, the number of sections, references to risks and contacts, phone numbers in the
 * bulletin's region, link targets, the language tag and the logo (a PNG or JPEG inside the
 * bulletin's folder that decodes in full). Every problem is reported at once, each with the JSON
 * path it would have in the bulletin's JSON. The checks walk the bulletin's records; nothing is
 * turned back into JSON. Each call checks the bulletin again (its logo may have changed); a bulletin
 * found valid is remembered with these settings, so that a renderer given it does not check it again.
 *
 * <p>Bulletins read with {@link org.safeguarding.bulletin.json.BulletinReader} have already passed
 * these checks; use this for bulletins built in Java.
 *
 * <pre>{@code
 * BulletinValidator.create().requireValid(bulletin);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class BulletinValidator {
  private final Path baseDirectory;
  private final @Nullable Path fileRoot;
  private final Limits limits;

  private BulletinValidator(Path baseDirectory, @Nullable Path fileRoot, Limits limits) {
    this.baseDirectory = baseDirectory;
    this.fileRoot = fileRoot;
    this.limits = limits;
  }

  /** A validator with the default limits that reads the logo from the current directory, and only from inside it. */
  public static BulletinValidator create() {
    return new BulletinValidator(Path.of(""), null, Limits.defaults());
  }

  /**
   * A copy that resolves the logo's path against {@code directory}, and reads no file outside it
   * unless {@link #withFileRoot(Path)} widens that.
   */
  public BulletinValidator withBaseDirectory(Path directory) {
    return new BulletinValidator(Objects.requireNonNull(directory, "directory"), fileRoot, limits);
  }

  /**
   * A copy that reads files anywhere inside {@code root}, for bulletins that share pictures from a
   * folder above their own. By default no file outside the base directory is read.
   */
  public BulletinValidator withFileRoot(Path root) {
    return new BulletinValidator(baseDirectory, Objects.requireNonNull(root, "root"), limits);
  }

  /** A copy that checks the bulletin against {@code limits} instead of the defaults. */
  public BulletinValidator withLimits(Limits limits) {
    return new BulletinValidator(baseDirectory, fileRoot, Objects.requireNonNull(limits, "limits"));
  }

  /** Every problem in {@code bulletin}; empty if it is valid. */
  public List<Problem> validate(Bulletin bulletin) {
    Objects.requireNonNull(bulletin, "bulletin");
    ProblemCollector problems = new ProblemCollector();
    FileScope files = new FileScope(baseDirectory, fileRoot == null ? baseDirectory : fileRoot);
    DocumentRules.check(bulletin, new RuleContext(files, limits, false), problems);
    if (!problems.foundSince(0)) {
      Validated.remember(bulletin, limits, files);
    }
    return problems.problems();
  }

  /**
   * Returns {@code bulletin} if it is valid.
   *
   * @throws BulletinInvalidException listing every problem, if it is not
   */
  public Bulletin requireValid(Bulletin bulletin) {
    List<Problem> problems = validate(bulletin);
    if (!problems.isEmpty()) {
      throw new BulletinInvalidException(problems);
    }
    return bulletin;
  }
}
