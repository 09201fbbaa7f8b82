package org.safeguarding.bulletin.lint;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.validate.Severity;
import org.safeguarding.bulletin.validate.ProblemKind;

/**
 * The linter's rules, each with a stable id, a default level and a one-line summary. A rule's
 * default level may depend on the bulletin's layout: a section without Easy Read points is a
 * warning in a {@code seven-minute} bulletin, which is meant to be shared in Easy Read, and a note
 * in a {@code free} one. A level chosen with {@link Linter#withLevel} holds whatever the layout.
 */
public enum LintRule implements ProblemKind {
  PLACEHOLDER_LINK("placeholder-link", Severity.ERROR,
      "a link goes nowhere: its target is a draft's placeholder (\"#\") or empty"),
  LINK_TEXT("link-text", Severity.WARNING,
      "link text does not say where the link goes (\"here\", \"click here\", \"read more\", a bare address)"),
  INSECURE_LINK("insecure-link", Severity.WARNING, "a link or website uses plain http: instead of https:"),
  UNEXPLAINED_ABBREVIATION("unexplained-abbreviation", Severity.WARNING,
      "an abbreviation (2 to 6 capitals) that the glossary does not explain"),
  CAPITALS_FOR_EMPHASIS("capitals-for-emphasis", Severity.WARNING,
      "a word in capitals used for emphasis (\"WILL\"); use bold for key words"),
  LONG_SENTENCE("long-sentence", Severity.WARNING,
      "a sentence over 25 words, or over 15 words in an Easy Read point"),
  READING_TIME("reading-time", Severity.WARNING,
      "a seven-minute bulletin that takes over 7 minutes to read at 200 words a minute"),
  NUMBER_WORDS("number-words", Severity.WARNING, "a number written as a word in an Easy Read point (\"three\", not \"3\")"),
  MISSING_EASY_READ("missing-easy-read", Severity.WARNING, Severity.INFO,
      "a section without Easy Read points: the Easy Read version is made from its own text, and says on its "
          + "cover that it is a draft"),
  CHOSEN_PICTURE("chosen-picture", Severity.INFO,
      "an Easy Read point that names no picture: the library chooses one by the point's words, or shows the "
          + "section's, and the author should confirm it"),
  NO_EMERGENCY_CONTACT("no-emergency-contact", Severity.WARNING,
      "a seven-minute bulletin with no emergency contact"),
  UNUSED_CONTACT("unused-contact", Severity.INFO, "a contact that no section lists"),
  UNUSED_RISK("unused-risk", Severity.INFO, "a risk that no section lists"),
  REPEATED_SENTENCE("repeated-sentence", Severity.WARNING, "the same sentence twice"),
  MISSING_WORDING("missing-wording", Severity.WARNING,
      "a language the library has no wording in: its own words (\"Emergency\", \"Call … on …\") will be in English");

  private final String id;
  private final Severity defaultLevel;
  private final Severity freeLevel;
  private final String summary;

  LintRule(String id, Severity defaultLevel, String summary) {
    this(id, defaultLevel, defaultLevel, summary);
  }

  LintRule(String id, Severity defaultLevel, Severity freeLevel, String summary) {
    this.id = id;
    this.defaultLevel = defaultLevel;
    this.freeLevel = freeLevel;
    this.summary = summary;
  }

  /** The rule's stable id, for example {@code link-text}. */
  @Override
  public String id() {
    return id;
  }

  /**
   * The level its findings have unless the caller changes it, in a bulletin of the default layout
   * ({@link Layout#SEVEN_MINUTE}); see {@link #defaultLevel(Layout)}.
   */
  public Severity defaultLevel() {
    return defaultLevel;
  }

  /** The level its findings have in a bulletin of {@code layout} unless the caller changes it. */
  public Severity defaultLevel(Layout layout) {
    return Objects.requireNonNull(layout, "layout") == Layout.FREE ? freeLevel : defaultLevel;
  }

  /** What the rule finds, in one line. */
  public String summary() {
    return summary;
  }

  /** The rule with this id, if there is one. */
  public static Optional<LintRule> fromId(String id) {
    return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst();
  }
}
