package org.safeguarding.bulletin.verify;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.safeguarding.bulletin.model.AlternativeFormats;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.wording.Word;
import org.safeguarding.bulletin.wording.Wording;

/**
 * A paragraph for a bulletin's accessibility statement, in the bulletin's language (the library's
 * wording), ready to paste under the GOV.UK model statement: the standards its files are made to
 * meet (WCAG 2.2 AA; PDF/UA-1 and PDF/A-2a where a PDF was verified), which automated checks
 * passed, failed or were not made, with each validator's version, what a person has not yet
 * checked, and how to ask for another format (the bulletin's {@code alternativeFormats}, else its
 * publisher).
 *
 * <pre>{@code
 * AccessibilityStatement statement = AccessibilityStatement.of(bulletin,
 *     Wordings.builtIn().forLanguage(bulletin.language()), verifier.verify(files));
 * }</pre>
 *
 * @param bulletin the bulletin's id
 * @param language the BCP 47 tag of the language the paragraph is in: the bulletin's, or the
 *     wording's where the library has no wording in the bulletin's language
 * @param rightToLeft whether that language is written right to left
 * @param heading "Accessibility statement", in that language
 * @param text the paragraph, plain text with no markup
 */
public record AccessibilityStatement(String bulletin, String language, boolean rightToLeft, String heading,
    String text) {
  /** Checks that nothing is null. */
  public AccessibilityStatement {
    Objects.requireNonNull(bulletin, "bulletin");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(heading, "heading");
    Objects.requireNonNull(text, "text");
  }

  /**
   * The statement of {@code bulletin}, in {@code wording}, from the reports on its files.
   *
   * @param wording the library's words in the bulletin's language
   * @param reports the reports on the bulletin's files (those of other bulletins left out)
   */
  public static AccessibilityStatement of(Bulletin bulletin, Wording wording, List<FileReport> reports) {
    boolean sameLanguage = primary(wording.language()).equals(primary(bulletin.language()));
    List<String> sentences = new ArrayList<>();
    sentences.add(wording.get(Word.STATEMENT_STANDARD, bulletin.title()));
    if (reports.stream().anyMatch(r -> r.kind().filter(FileKind.PDF::equals).isPresent() && r.unreadable().isEmpty())) {
      sentences.add(wording.get(Word.STATEMENT_PDF));
    }
    List<CheckResult> checks = reports.stream().flatMap(r -> r.checks().stream()).toList();
    addChecks(sentences, wording, Word.STATEMENT_PASSED, checks, CheckResult.Status.PASSED);
    addChecks(sentences, wording, Word.STATEMENT_FAILED, checks, CheckResult.Status.FAILED);
    addChecks(sentences, wording, Word.STATEMENT_NOT_RUN, checks, CheckResult.Status.NOT_RUN);
    sentences.add(wording.get(Word.STATEMENT_BY_PERSON));
    sentences.addAll(otherFormats(bulletin, wording));
    return new AccessibilityStatement(bulletin.id(), sameLanguage ? bulletin.language() : wording.language(),
        sameLanguage && bulletin.rightToLeft(), wording.get(Word.STATEMENT_HEADING), String.join(" ", sentences));
  }

  /** One sentence listing the checks of {@code status}, each validator once with its version and checks. */
  private static void addChecks(List<String> sentences, Wording wording, Word word, List<CheckResult> checks,
      CheckResult.Status status) {
    Map<String, Set<String>> byValidator = new LinkedHashMap<>();
    for (CheckResult check : checks) {
      if (check.status() == status) {
        String validator = (check.validator() + " " + check.version()).strip();
        byValidator.computeIfAbsent(validator, v -> new LinkedHashSet<>()).add(check.check());
      }
    }
    if (!byValidator.isEmpty()) {
      List<String> items = byValidator.entrySet().stream()
          .map(e -> e.getKey() + " (" + String.join(", ", e.getValue()) + ")").toList();
      sentences.add(wording.get(word, wording.list(items)));
    }
  }

  /** How to ask for another format: the bulletin's own words and contact, else its publisher. */
  private static List<String> otherFormats(Bulletin bulletin, Wording wording) {
    AlternativeFormats formats = bulletin.alternativeFormats();
    if (formats == null) {
      String publisher = bulletin.publisher().name()
          + (bulletin.publisher().website() == null ? "" : " (" + bulletin.publisher().website() + ")");
      return List.of(wording.get(Word.STATEMENT_ASK_PUBLISHER, publisher));
    }
    List<String> sentences = new ArrayList<>();
    sentences.add(wording.get(Word.STATEMENT_OTHER_FORMATS, formats.text().plainText().strip()));
    if (formats.contact() != null) {
      bulletin.contact(formats.contact()).ifPresent(contact ->
          sentences.add(wording.get(Word.STATEMENT_CONTACT, contact.name(), wording.list(ways(contact)))));
    }
    return sentences;
  }

  private static List<String> ways(Contact contact) {
    return Stream.of(contact.phone() == null ? null : contact.phone().display(), contact.email(), contact.website())
        .filter(Objects::nonNull).toList();
  }

  private static String primary(String tag) {
    int dash = tag.indexOf('-');
    return dash < 0 ? tag : tag.substring(0, dash);
  }
}
