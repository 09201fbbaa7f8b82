package org.safeguarding.bulletin.validate;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.json.TreeWriter;
import org.safeguarding.bulletin.internal.rules.DocumentRules;
import org.safeguarding.bulletin.internal.rules.RuleContext;
import org.safeguarding.bulletin.model.Bulletin;

/**
 * Checks the rules that span a whole bulletin: the number of sections, references to risks and
 * contacts, phone numbers in the bulletin's region, link targets, the language tag and the logo.
 * Every problem is reported at once, each with the JSON path it would have in the bulletin's JSON.
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

  private BulletinValidator(Path baseDirectory) {
    this.baseDirectory = baseDirectory;
  }

  /** A validator that resolves the logo's path against the current directory. */
  public static BulletinValidator create() {
    return new BulletinValidator(Path.of(""));
  }

  /** A copy that resolves the logo's path against {@code directory}. */
  public BulletinValidator withBaseDirectory(Path directory) {
    return new BulletinValidator(Objects.requireNonNull(directory, "directory"));
  }

  /** Every problem in {@code bulletin}; empty if it is valid. */
  public List<Problem> validate(Bulletin bulletin) {
    Objects.requireNonNull(bulletin, "bulletin");
    ProblemCollector problems = new ProblemCollector();
    DocumentRules.check(TreeWriter.write(bulletin), new RuleContext(baseDirectory, false), problems);
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
