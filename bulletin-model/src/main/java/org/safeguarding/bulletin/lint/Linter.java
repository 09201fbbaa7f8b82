package org.safeguarding.bulletin.lint;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.safeguarding.bulletin.internal.lint.Findings;
import org.safeguarding.bulletin.internal.json.JsonSyntax;
import org.safeguarding.bulletin.internal.lint.LintChecks;
import org.safeguarding.bulletin.internal.lint.RuleLevels;
import org.safeguarding.bulletin.internal.lint.TextLint;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.Problem;
import org.safeguarding.bulletin.validate.Severity;
import org.safeguarding.bulletin.wording.Wordings;

/**
 * Finds what makes a valid bulletin hard to read or use: vague or dead links, unexplained
 * abbreviations, capitals for emphasis, long sentences, and more (see {@link LintRule}). Findings
 * come back as data: each a {@link Problem} whose code is the rule's id, with a level, a JSON path,
 * a message and, where one is obvious, a suggested fix.
 *
 * <pre>{@code
 * List<Problem> findings = Linter.create()
 *     .without(LintRule.MISSING_EASY_READ)
 *     .withLevel(LintRule.INSECURE_LINK, Severity.ERROR)
 *     .lint(bulletin);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class Linter {
  private final RuleLevels levels;
  private final Wordings wordings;

  private Linter(RuleLevels levels, Wordings wordings) {
    this.levels = levels;
    this.wordings = wordings;
  }

  /** A linter with every rule at its default level for the bulletin's layout ({@link LintRule#defaultLevel(Layout)}). */
  public static Linter create() {
    return new Linter(RuleLevels.defaults(), Wordings.builtIn());
  }

  /**
   * A copy in which {@code rule}'s findings have {@code level} in every layout (switching it back on
   * if it was off).
   */
  public Linter withLevel(LintRule rule, Severity level) {
    return new Linter(levels.with(rule, level), wordings);
  }

  /** A copy with {@code rule} switched off. */
  public Linter without(LintRule rule) {
    return new Linter(levels.without(rule), wordings);
  }

  /**
   * A copy that knows the languages {@code wordings} has words in, for {@link LintRule#MISSING_WORDING};
   * {@link Wordings#builtIn()} by default.
   */
  public Linter withWordings(Wordings wordings) {
    return new Linter(levels, Objects.requireNonNull(wordings, "wordings"));
  }

  /** The findings of every rule that is on, in document order within each family of rules. */
  public List<Problem> lint(Bulletin bulletin) {
    Findings findings = new Findings(levels, Objects.requireNonNull(bulletin, "bulletin").layout());
    LintChecks.run(bulletin, wordings, findings);
    return findings.list();
  }

  /**
   * Every validation problem of the document in {@code file}, as errors, and the findings of the
   * rules that are on. A draft's placeholder links do not stop it being read: the {@link
   * LintRule#PLACEHOLDER_LINK} rule reports them, whether the document can be read or not. A
   * document that cannot be read gets every other problem that validation finds, and then, if it is
   * JSON, the findings of the rules on text (links, capitals, abbreviations, number words, long and
   * repeated sentences) in every inline text, heading and glossary term the JSON holds; rules that
   * need the whole bulletin (reading time, structure, missing wording) are left out.
   *
   * @throws IOException if the file cannot be read
   */
  public List<Problem> lint(Path file) throws IOException {
    try {
      return lint(BulletinJson.reader().withPlaceholderLinksAllowed(true).read(file));
    } catch (BulletinInvalidException lenient) {
      List<Problem> problems = new ArrayList<>(lenient.problems());
      textFindings(file).ifPresent(problems::addAll);
      return List.copyOf(problems);
    }
  }

  /** The findings of the rules on text in the JSON tree of {@code file}, if it is JSON. */
  private Optional<List<Problem>> textFindings(Path file) throws IOException {
    if (Files.size(file) > JsonSyntax.MAX_BYTES) {
      return Optional.empty();
    }
    JsonNode root;
    try {
      root = JsonSyntax.parse(Files.readAllBytes(file));
    } catch (BulletinInvalidException notJson) {
      return Optional.empty();
    }
    Findings findings = new Findings(levels, null);
    TextLint.run(root, findings);
    return Optional.of(findings.list());
  }
}
