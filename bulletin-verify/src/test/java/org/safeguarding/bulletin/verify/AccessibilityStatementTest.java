package org.safeguarding.bulletin.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.wording.Wordings;

/**
 * {@link AccessibilityStatement}: the standards, each validator with its version by outcome, what a
 * person has not checked, and how to ask for another format, in the bulletin's language.
 */
class AccessibilityStatementTest {
  private static final List<FileReport> REPORTS = List.of(
      report("b.pdf", FileKind.PDF, CheckResult.of("PDF/UA-1", "veraPDF", "1.30.1", List.of()),
          CheckResult.of("PDF/A-2a", "veraPDF", "1.30.1", List.of())),
      report("b.html", FileKind.HTML, CheckResult.of("HTML", "Nu HTML Checker", "26.5.2", List.of()),
          CheckResult.notRun("WCAG 2.2 AA (automated part)", "axe-core", "no Chromium")),
      report("b-easy-read.docx", FileKind.DOCX, CheckResult.of("Word accessibility and Easy Read", "bulletin DOCX checks",
          "0.1.0", List.of(new RuleFailure("docx", "a picture has no alternative text", "word/document.xml")))));

  private static FileReport report(String file, FileKind kind, CheckResult... checks) {
    return new FileReport(Path.of(file), Optional.of(kind), List.of(checks), List.of(), Optional.empty());
  }

  private static Bulletin.Builder bulletin(String language) {
    return Bulletin.builder("b").layout(org.safeguarding.bulletin.model.Layout.FREE).language(language)
        .title("Online Safety").publisher(new Publisher("Dudley Safeguarding", "https://safeguarding.example.org", null))
        .contact(Contact.builder("team", "Safeguarding team").phone("0300 555 0050").email("team@example.org").build())
        .section(Section.builder("Online Safety").paragraph("Some text.").build());
  }

  @Test
  void saysWhatTheFilesMeetWhichChecksPassedFailedOrDidNotRunAndHowToAskForAnotherFormat() {
    Bulletin bulletin = bulletin("en-GB").alternativeFormats("Ask us for **large print** or audio.", "team").build();

    AccessibilityStatement statement = AccessibilityStatement.of(bulletin, Wordings.builtIn().forLanguage("en-GB"), REPORTS);

    assertThat(statement.language()).isEqualTo("en-GB");
    assertThat(statement.heading()).isEqualTo("Accessibility statement");
    assertThat(statement.text()).isEqualTo("“Online Safety” is made to meet the Web Content Accessibility Guidelines "
        + "version 2.2 (WCAG 2.2) at level AA. Its PDF is also made to meet PDF/UA-1 (ISO 14289-1) and PDF/A-2a "
        + "(ISO 19005-2). These automated checks found no problems: veraPDF 1.30.1 (PDF/UA-1, PDF/A-2a) and "
        + "Nu HTML Checker 26.5.2 (HTML). These automated checks found problems, which we are fixing: "
        + "bulletin DOCX checks 0.1.0 (Word accessibility and Easy Read). These automated checks have not been "
        + "made yet: axe-core (WCAG 2.2 AA (automated part)). Automated checks find only some problems. A person "
        + "has not yet checked that the descriptions of the pictures, the reading order, the headings and the link "
        + "texts make sense (WCAG 1.1.1, 1.3.2, 2.4.4 and 2.4.6). If you need this bulletin in another format: "
        + "Ask us for large print or audio. Contact Safeguarding team: 0300 555 0050 and team@example.org.");
  }

  @Test
  void withoutAlternativeFormatsItNamesThePublisherAndInWelshItIsWelsh() {
    AccessibilityStatement statement = AccessibilityStatement.of(bulletin("cy").build(),
        Wordings.builtIn().forLanguage("cy"), REPORTS.subList(0, 1));

    assertThat(statement.language()).isEqualTo("cy");
    assertThat(statement.heading()).isEqualTo("Datganiad hygyrchedd");
    assertThat(statement.text()).startsWith("Mae “Online Safety” wedi'i wneud i fodloni")
        .contains("veraPDF 1.30.1 (PDF/UA-1, PDF/A-2a)")
        .endsWith("cysylltwch â Dudley Safeguarding (https://safeguarding.example.org).");
  }

  @Test
  void inUrduItIsRightToLeft() {
    AccessibilityStatement statement = AccessibilityStatement.of(bulletin("ur").build(),
        Wordings.builtIn().forLanguage("ur"), REPORTS.subList(1, 2));

    assertThat(statement.rightToLeft()).isTrue();
    assertThat(statement.heading()).isEqualTo("رسائی کا بیان");
    assertThat(statement.text()).doesNotContain("PDF/UA-1").contains("Nu HTML Checker 26.5.2 (HTML)");
  }
}
