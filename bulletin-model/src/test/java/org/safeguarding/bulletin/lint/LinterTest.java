package org.safeguarding.bulletin.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.validate.Problem;
import org.safeguarding.bulletin.validate.Severity;

/** Each rule: a case it must flag, and a near miss it must not. */
class LinterTest {

  /** A clean free bulletin with one section holding {@code text}, changed by {@code change}. */
  private static List<String> findings(String text, UnaryOperator<Section.Builder> section,
      UnaryOperator<Bulletin.Builder> change) {
    Section.Builder s = section.apply(Section.builder("Reporting").paragraph(text).add(ContactsBlock.of("police")));
    Bulletin.Builder b = Bulletin.builder("test").layout(Layout.FREE).title("Test")
        .publisher(new Publisher("Example Partnership", "https://example.org", null))
        .contact(Contact.builder("police", "Police").emergency(true).phone("999").build())
        .section(s.easyRead("Call 999 in an emergency.", Pictogram.PHONE).build());
    return Linter.create().lint(change.apply(b).build()).stream()
        .map(p -> p.severity().label() + " " + p.code() + " " + p.path()).toList();
  }

  /** Adds six more sections, each with the text {@code paragraph} gives for its index, making seven. */
  private static UnaryOperator<Bulletin.Builder> sixMore(java.util.function.IntFunction<String> paragraph) {
    return b -> {
      for (int i = 0; i < 6; i++) {
        b.section(Section.builder("More " + i).paragraph(paragraph.apply(i)).easyRead("Call 999.", Pictogram.PHONE).build());
      }
      return b.layout(Layout.SEVEN_MINUTE);
    };
  }

  private static List<String> findings(String text) {
    return findings(text, s -> s, b -> b);
  }

  @Test
  void cleanBulletinHasNoFindings() {
    assertThat(findings("Call the police on 999.")).isEmpty();
  }

  @Test
  void linkTextThatDoesNotSayWhereItGoes() {
    assertThat(findings("Read the guide [here](https://example.org/guide)."))
        .containsExactly("warning link-text $.sections[0].content[0].text");
    assertThat(findings("Read [the online safety guide](https://example.org/guide).")).isEmpty();
  }

  @Test
  void bareAddressAsLinkText() {
    assertThat(findings("Visit <https://example.org/guide>."))
        .containsExactly("warning link-text $.sections[0].content[0].text");
    assertThat(findings("Email <help@example.org>.")).isEmpty();
  }

  @Test
  void placeholderLinkIsAnError() {
    assertThat(findings("See [the Learning Zone](#).")).containsExactly("error placeholder-link $.sections[0].content[0].text");
    assertThat(findings("See [the Learning Zone](https://example.org/#learning).")).isEmpty();
  }

  @Test
  void insecureLinksAndWebsites() {
    assertThat(findings("See [the guide](http://example.org/guide).", s -> s,
        b -> b.publisher(new Publisher("P", "http://example.org", null)))).containsExactly(
        "warning insecure-link $.sections[0].content[0].text", "warning insecure-link $.publisher.website");
    assertThat(findings("See [the guide](https://example.org/http:guide).")).isEmpty();
  }

  @Test
  void abbreviationsTheGlossaryDoesNotExplain() {
    assertThat(findings("CSE can happen online.")).containsExactly(
        "warning unexplained-abbreviation $.sections[0].content[0].text");
    assertThat(findings("CSE can happen online.", s -> s, b -> b.glossary("CSE", "Child sexual exploitation.")))
        .isEmpty();
    assertThat(findings("Child sexual exploitation (CSE) can happen online.")).isEmpty();
  }

  @Test
  void anAbbreviationIsExplainedOnlyWhereItsWordsStandBesideIt() {
    assertThat(findings("Modern Slavery (including XYZ and County Lines) is common.")).containsExactly(
        "warning unexplained-abbreviation $.sections[0].content[0].text");
    assertThat(findings("CSE (child sexual exploitation) can happen online.")).isEmpty();
    assertThat(findings("Exploitation is common. Sexual CSE (happens online) too.")).containsExactly(
        "warning unexplained-abbreviation $.sections[0].content[0].text");
  }

  @Test
  void aRealWordInCapitalsIsEmphasisNotAnAbbreviation() {
    assertThat(findings("It is REALLY important to call.")).containsExactly(
        "warning capitals-for-emphasis $.sections[0].content[0].text");
  }

  @Test
  void anInvalidDocumentGetsEveryValidationProblemAndTheTextRulesFindings(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("invalid.json"), """
        {"formatVersion": 1, "id": "Not A Slug", "layout": "free", "title": "Test",
         "publisher": {"name": "Example"},
         "contacts": [{"id": "team", "name": "Team", "phone": "12"}],
         "sections": [{"heading": "Reporting", "content": [
           {"type": "paragraph", "text": "Read more [here](https://example.org). The police WILL call."},
           {"type": "contacts", "refs": ["nobody"]}],
           "easyRead": [{"text": "CSE is abuse."}]}]}
        """);

    List<String> found = Linter.create().lint(file).stream()
        .map(p -> p.severity().label() + " " + p.code() + " " + p.path()).toList();

    assertThat(found).contains(
        "error invalid-id $.id",
        "error invalid-phone $.contacts[0].phone",
        "error unknown-ref $.sections[0].content[1].refs[0]",
        "warning link-text $.sections[0].content[0].text",
        "warning capitals-for-emphasis $.sections[0].content[0].text",
        "warning unexplained-abbreviation $.sections[0].easyRead[0].text");
    assertThat(found.subList(0, 3)).allMatch(f -> f.startsWith("error "));
  }

  @Test
  void capitalsForEmphasis() {
    assertThat(findings("The police WILL investigate.")).containsExactly(
        "warning capitals-for-emphasis $.sections[0].content[0].text");
    assertThat(findings("The police will investigate.")).isEmpty();
  }

  @Test
  void longSentences() {
    String thirty = "word ".repeat(29) + "end.";
    assertThat(findings(thirty)).containsExactly("warning long-sentence $.sections[0].content[0].text");
    assertThat(findings("word ".repeat(24) + "end.")).isEmpty();
    assertThat(findings("Call 999.", s -> s.easyRead("word ".repeat(15) + "end.", Pictogram.HELP), b -> b))
        .containsExactly("warning long-sentence $.sections[0].easyRead[0].text");
    assertThat(findings("Call 999.", s -> s.easyRead("word ".repeat(14) + "end.", Pictogram.HELP), b -> b)).isEmpty();
  }

  @Test
  void readingTimeOverSevenMinutesForASevenMinuteBulletin() {
    String long200 = ("Twenty words here make a short sentence that stays under the limit for one sentence in "
        + "a bulletin today. ").repeat(10);
    assertThat(findings(long200.replace("today", "first"), s -> s, sixMore(i -> long200.replace("today", "now " + i))))
        .contains("warning reading-time $");
    assertThat(findings("Call 999.", s -> s, sixMore(i -> "Short " + i + "."))).doesNotContain("warning reading-time $");
  }

  @Test
  void numberWordsInEasyRead() {
    assertThat(findings("Call 999.", s -> s.easyRead("There are three ways to get help.", Pictogram.HELP), b -> b))
        .containsExactly("warning number-words $.sections[0].easyRead[0].text");
    assertThat(findings("Call 999.", s -> s.easyRead("Someone can help you. No one is alone.", Pictogram.HELP), b -> b)).isEmpty();
  }

  @Test
  void sectionWithoutEasyRead() {
    Bulletin bulletin = Bulletin.builder("t").layout(Layout.FREE).title("T").publisher(Publisher.named("P"))
        .section(Section.builder("S").paragraph("Call 999.").build()).build();
    assertThat(Linter.create().lint(bulletin)).extracting(Problem::code, Problem::severity, Problem::path)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("missing-easy-read", Severity.INFO, "$.sections[0]"));
  }

  @Test
  void aSectionWithoutEasyReadIsAWarningInASevenMinuteBulletin() {
    UnaryOperator<Bulletin.Builder> seven = sixMore(i -> "Short " + i + ".");
    Bulletin bulletin = seven.apply(Bulletin.builder("t").title("T").publisher(Publisher.named("P"))
        .contact(Contact.builder("police", "Police").emergency(true).phone("999").build())
        .section(Section.builder("S").paragraph("Call 999.").add(ContactsBlock.of("police")).build())).build();

    assertThat(Linter.create().lint(bulletin)).extracting(p -> p.severity().label() + " " + p.code() + " " + p.path())
        .containsExactly("warning missing-easy-read $.sections[0]");
    assertThat(LintRule.MISSING_EASY_READ.defaultLevel(Layout.SEVEN_MINUTE)).isEqualTo(Severity.WARNING);
    assertThat(LintRule.MISSING_EASY_READ.defaultLevel(Layout.FREE)).isEqualTo(Severity.INFO);
    assertThat(LintRule.LINK_TEXT.defaultLevel(Layout.FREE)).isEqualTo(LintRule.LINK_TEXT.defaultLevel());
  }

  @Test
  void aChosenLevelHoldsWhateverTheLayout() {
    UnaryOperator<Bulletin.Builder> seven = sixMore(i -> "Short " + i + ".");
    Bulletin sevenMinute = seven.apply(Bulletin.builder("t").title("T").publisher(Publisher.named("P"))
        .contact(Contact.builder("police", "Police").emergency(true).phone("999").build())
        .section(Section.builder("S").paragraph("Call 999.").add(ContactsBlock.of("police")).build())).build();
    Bulletin free = Bulletin.builder("t").layout(Layout.FREE).title("T").publisher(Publisher.named("P"))
        .section(Section.builder("S").paragraph("Call 999.").build()).build();

    for (Severity level : Severity.values()) {
      Linter linter = Linter.create().withLevel(LintRule.MISSING_EASY_READ, level);
      assertThat(linter.lint(sevenMinute)).extracting(Problem::severity).containsExactly(level);
      assertThat(linter.lint(free)).extracting(Problem::severity).containsExactly(level);
    }
    Linter off = Linter.create().without(LintRule.MISSING_EASY_READ);
    assertThat(off.lint(sevenMinute)).isEmpty();
    assertThat(off.withLevel(LintRule.MISSING_EASY_READ, Severity.ERROR).lint(free))
        .extracting(Problem::severity).containsExactly(Severity.ERROR);
  }

  @Test
  void aPointWithoutAPictureGetsOneByItsWordsOrTheSectionsAndLintReportsItAsANote() {
    Bulletin bulletin = Bulletin.builder("t").layout(Layout.FREE).title("T").publisher(Publisher.named("P"))
        .section(Section.builder("Risks").pictogram(Pictogram.WARNING).paragraph("Be careful.")
            .easyRead("Criminals can trick people out of money.").easyRead("Call us.", Pictogram.PHONE)
            .easyRead("It can happen.").build())
        .build();

    List<Problem> found = Linter.create().lint(bulletin);

    assertThat(found).extracting(Problem::code, Problem::severity, Problem::path).containsExactly(
        org.assertj.core.groups.Tuple.tuple("chosen-picture", Severity.INFO, "$.sections[0].easyRead[0]"),
        org.assertj.core.groups.Tuple.tuple("chosen-picture", Severity.INFO, "$.sections[0].easyRead[2]"));
    assertThat(found.get(0).message()).isEqualTo("point 1 of section 1 names no picture; it shows 'money' (Money), "
        + "chosen by its words \"money\"");
    assertThat(found.get(0).fix()).isEqualTo("if that picture is right, write \"pictogram\": \"money\"; if not, name "
        + "the picture that shows what the point says");
    assertThat(found.get(1).message()).isEqualTo("point 3 of section 1 names no picture; it shows 'warning' (A warning "
        + "sign), the section's picture, as none of its words chooses one");
    assertThat(Linter.create().without(LintRule.CHOSEN_PICTURE).lint(bulletin)).isEmpty();
  }

  @Test
  void sevenMinuteBulletinWithoutAnEmergencyContact() {
    UnaryOperator<Bulletin.Builder> seven = sixMore(i -> "Short " + i + ".");
    Bulletin noEmergency = seven.apply(Bulletin.builder("t").title("T").publisher(Publisher.named("P"))
        .contact(Contact.builder("team", "Team").phone("0300 555 0050").build())
        .section(Section.builder("S").paragraph("Call the team.").add(ContactsBlock.of("team")).easyRead("Call.", Pictogram.PHONE).build()))
        .build();
    assertThat(Linter.create().lint(noEmergency)).extracting(Problem::code).containsExactly("no-emergency-contact");
    assertThat(findings("Call 999.", s -> s, seven)).doesNotContain("warning no-emergency-contact $.contacts");
  }

  @Test
  void contactsAndRisksNeverListed() {
    assertThat(findings("Call 999.", s -> s, b -> b
        .contact(Contact.builder("team", "Team").phone("0300 555 0050").build())
        .risk(Risk.of("bullying", "Bullying"))))
        .containsExactly("info unused-contact $.contacts[1]", "info unused-risk $.risks[0]");
    assertThat(findings("Call 999.", s -> s.add(RisksBlock.of("bullying")), b -> b.risk(Risk.of("bullying", "Bullying"))))
        .isEmpty();
  }

  @Test
  void theSameSentenceTwice() {
    assertThat(findings("Call the police on 999.", s -> s.paragraph("Call the police on 999."), b -> b))
        .containsExactly("warning repeated-sentence $.sections[0].content[2].text");
    assertThat(findings("Call the police on 999.", s -> s.paragraph("Call the police on 101."), b -> b)).isEmpty();
  }

  @Test
  void rulesCanBeSwitchedOffAndRelevelled() {
    Bulletin bulletin = Bulletin.builder("t").layout(Layout.FREE).title("T").publisher(Publisher.named("P"))
        .section(Section.builder("S").paragraph("The police WILL help [here](http://example.org).").build()).build();

    List<Problem> findings = Linter.create()
        .without(LintRule.MISSING_EASY_READ)
        .without(LintRule.LINK_TEXT)
        .withLevel(LintRule.INSECURE_LINK, Severity.ERROR)
        .lint(bulletin);

    assertThat(findings).extracting(p -> p.severity().label() + " " + p.code())
        .containsExactly("error insecure-link", "warning capitals-for-emphasis");
    assertThat(findings.get(0).fix()).isEqualTo("use 'https://example.org' if the site supports it");
  }

  @Test
  void everyRuleHasAUniqueIdAndASummary() {
    assertThat(List.of(LintRule.values())).extracting(LintRule::id).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z]+(-[a-z]+)*"));
    assertThat(List.of(LintRule.values())).allSatisfy(r -> assertThat(r.summary()).isNotBlank());
  }

  @Test
  void warnsOfALanguageWithoutWordingUnlessTheCallerGivesIt() {
    org.safeguarding.bulletin.model.Bulletin somali = org.safeguarding.bulletin.model.Bulletin.builder("somali")
        .layout(org.safeguarding.bulletin.model.Layout.FREE).language("so").title("Ammaan")
        .publisher(org.safeguarding.bulletin.model.Publisher.named("Iskaashiga"))
        .section(org.safeguarding.bulletin.model.Section.builder("Caawimo").paragraph("Wac 999.").build()).build();

    assertThat(Linter.create().lint(somali)).extracting(p -> p.code() + " " + p.path())
        .contains("missing-wording $.language");
    assertThat(Linter.create().withWordings(org.safeguarding.bulletin.wording.Wordings.builtIn()
        .with("so", java.util.Map.of("emergency", "Xaalad degdeg ah"))).lint(somali))
        .extracting(p -> p.code()).doesNotContain("missing-wording");
  }
}
