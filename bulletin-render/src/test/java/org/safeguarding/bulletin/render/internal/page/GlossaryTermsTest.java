package org.safeguarding.bulletin.render.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.GlossaryEntry;

/** Which words of a text are mentions of glossary terms. */
class GlossaryTermsTest {
  private final GlossaryTerms terms = new GlossaryTerms(List.of(
      new GlossaryEntry("Grooming", "Building trust to abuse."),
      new GlossaryEntry("CSE", "Child sexual exploitation."),
      new GlossaryEntry("Éclat", "An accented first letter."),
      new GlossaryEntry("county lines", "Gangs and drugs.")));

  private List<String> mentions(String text) {
    return terms.split(text, false).stream().filter(p -> p.entry() != null).map(GlossaryTerms.Piece::text).toList();
  }

  @Test
  void findsTermsInAnyCaseAndAbbreviationsAsWritten() {
    assertThat(mentions("GROOMING, grooming and Grooming; CSE but not cse; ÉCLAT and éclat; County Lines."))
        .containsExactly("GROOMING", "grooming", "Grooming", "CSE", "ÉCLAT", "éclat", "County Lines");
  }

  @Test
  void findsOnlyWholeWords() {
    assertThat(mentions("ungrooming groomings CSEs xcounty lines")).isEmpty();
  }

  @Test
  void keepsEveryCharacterOfTheText() {
    String text = "Online grooming (and CSE) — see county lines.";
    assertThat(String.join("", terms.split(text, false).stream().map(GlossaryTerms.Piece::text).toList())).isEqualTo(text);
  }
}
