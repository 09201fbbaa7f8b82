package org.safeguarding.bulletin.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.Alternate;
import org.safeguarding.bulletin.model.AlternativeFormats;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.GlossaryEntry;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Logo;
import org.safeguarding.bulletin.model.PhoneNumber;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.model.Series;
import org.safeguarding.bulletin.testing.Fixtures;

/** Bulletins built in Java get the same document rules, with the paths their JSON would have. */
class BulletinValidatorTest {

  @Test
  void acceptsAValidBulletin() {
    assertThat(BulletinValidator.create().validate(Fixtures.valid("every-field"))).isEmpty();
  }

  @Test
  void reportsDocumentRulesWithJsonPaths() {
    Bulletin bulletin = Bulletin.builder("reporting").title("Reporting").publisher(Publisher.named("P"))
        .contact(Contact.builder("children", "Children").phone("0300 555 0050").build())
        .section(Section.builder("Who to call").add(ContactsBlock.of("children", "police"))
            .paragraph("See [the guide](ftp://example.org/guide).").build())
        .build();

    assertThat(BulletinValidator.create().validate(bulletin)).extracting(Problem::toString).containsExactly(
        "$.sections: a seven-minute bulletin needs exactly 7 sections, found 1; use \"layout\": \"free\" for "
            + "another number",
        "$.sections[0].content[0].refs[1]: unknown contact 'police'; known: children",
        "$.sections[0].content[1].text: link target 'ftp://example.org/guide' uses the refused scheme 'ftp:'; "
            + "allowed: https, http, mailto, tel");
  }

  @Test
  void requireValidThrowsWithEveryProblem() {
    Bulletin bulletin = Bulletin.builder("x").layout(Layout.FREE).title("T").publisher(Publisher.named("P"))
        .section(Section.builder("S").paragraph("[here](#)").build()).build();

    assertThatThrownBy(() -> BulletinValidator.create().requireValid(bulletin))
        .isInstanceOf(BulletinInvalidException.class)
        .hasMessage("1 problem:\n$.sections[0].content[0].text: link target '#' is a draft's placeholder; "
            + "give the address the link goes to");
  }

  /** A bulletin made from records, with a problem of every family of rules. */
  private static final Bulletin EVERY_RULE = new Bulletin("pinned", Layout.SEVEN_MINUTE, "cy", "GB",
      new Series("Safer Seven", null), "Who \u0007 to call",
      new Publisher("Example", "http://user@evil.example/", new Logo("missing.png", "Example")), LocalDate.of(2025, 1, 2),
      null, List.of(new Alternate("CY", "Cymraeg", "https://example.org/cy"),
          new Alternate("en", "English", "http://example.org/en"), new Alternate("en", "English", "https://example.org/en2")),
      new AlternativeFormats(InlineText.parse("Ask [us](mailto:a@b.org?cc=c@d.org)"), "nobody"), null,
      List.of(Risk.of("scams", "Scams"), new Risk("scams", "Scams again", List.of(), InlineText.parse("See [x](ftp://x)"))),
      List.of(new Contact("police", "Police", null, null, null, true, new PhoneNumber("0300 5", "tel:03005"),
          "javascript:alert(1)", "a b@c"), Contact.builder("team", "Team").phone("999").build()),
      List.of(new GlossaryEntry("CSE", "Child sexual exploitation")),
      List.of(Section.builder("One")
              .add(new ContactsBlock(List.of("team", "team", "polic"), InlineText.parse("Call [them](tel:12)")))
              .add(new RisksBlock(List.of("fraud"), null)).easyRead("Go [here](#)").build(),
          Section.builder("Two").add(ListBlock.bulleted("a", "c")).add(Callout.urgent("Now \u0001")).build()));

  @Test
  void walksTheRecordsWithEveryFamilyOfRulesInOrderAndTheirJsonPaths() {
    assertThat(BulletinValidator.create().validate(EVERY_RULE)).extracting(p -> p.code() + " " + p).containsExactly(
        "invalid-character $.title: a control character U+0007 at character 5, which no output can show",
        "invalid-character $.sections[1].content[1].text: a control character U+0001 at character 5, which no output "
            + "can show",
        "section-count $.sections: a seven-minute bulletin needs exactly 7 sections, found 2; use \"layout\": \"free\" "
            + "for another number",
        "duplicate-id $.risks[1].id: duplicate risk id 'scams', first used at $.risks[0].id",
        "duplicate-ref $.sections[0].content[0].refs[1]: contact 'team' is listed twice in this block",
        "unknown-ref $.sections[0].content[0].refs[2]: unknown contact 'polic'; known: police, team",
        "unknown-ref $.sections[0].content[1].refs[0]: unknown risk 'fraud'; known: scams",
        "unknown-ref $.alternativeFormats.contact: unknown contact 'nobody'; known: police, team",
        "invalid-phone $.contacts[0].phone: '0300 5' is not a valid phone number in region GB",
        "invalid-alternate $.alternates[0].language: the alternate's language 'CY' is the bulletin's own; an alternate "
            + "is the bulletin in another language",
        "refused-link-scheme $.alternates[1].url: expected an https: address for the alternate, such as "
            + "https://example.org/cy, found 'http://example.org/en'",
        "invalid-alternate $.alternates[2].language: language 'en' is given twice, first at $.alternates[1].language",
        "refused-link-scheme $.risks[1].description: link target 'ftp://x' uses the refused scheme 'ftp:'; allowed: "
            + "https, http, mailto, tel",
        "invalid-link $.alternativeFormats.text: link target 'mailto:a@b.org?cc=c@d.org' carries the mail header 'cc'; "
            + "a mailto: link may carry only subject and body",
        "invalid-link $.sections[0].content[0].intro: link target 'tel:12' is not a valid phone number in region GB",
        "placeholder-link $.sections[0].easyRead[0].text: link target '#' is a draft's placeholder; give the address "
            + "the link goes to",
        "invalid-link $.publisher.website: link target 'http://user@evil.example/' would go to evil.example, not to "
            + "user: the part before '@' is a user name, not the site; remove it",
        "refused-link-scheme $.contacts[0].website: link target 'javascript:alert(1)' uses the refused scheme "
            + "'javascript:'; allowed: https, http",
        "invalid-email $.contacts[0].email: expected a plain email address such as team@example.org, with no spaces, "
            + "headers (?cc=, ?bcc=) or other addresses, found 'a b@c'",
        "unreadable-logo $.publisher.logo.path: cannot use logo 'missing.png': no such file");
  }

  @Test
  void measuresABulletinBuiltInJavaAsItsJsonAndStopsAtALimit() {
    Limits small = Limits.defaults().with(Limit.TOTAL_CHARACTERS, 100).with(Limit.TEXT_CHARACTERS, 20)
        .with(Limit.REFS, 2);
    assertThat(BulletinValidator.create().withLimits(small).validate(EVERY_RULE)).extracting(Problem::toString)
        .containsExactly(
            "$.sections[0].content[0].refs: found 3 references in a block, over the limit of 2 (limit refs)",
            "$.publisher.website: found 25 characters in one text, over the limit of 20 (limit text-characters)",
            "$.alternates[0].url: found 22 characters in one text, over the limit of 20 (limit text-characters)",
            "$.alternates[1].url: found 21 characters in one text, over the limit of 20 (limit text-characters)",
            "$.alternates[2].url: found 23 characters in one text, over the limit of 20 (limit text-characters)",
            "$.alternativeFormats.text: found 35 characters in one text, over the limit of 20 (limit text-characters)",
            "$.glossary[0].meaning: found 25 characters in one text, over the limit of 20 (limit text-characters)",
            "$: found 455 characters of text in a bulletin, over the limit of 100 (limit total-characters)");
  }
}
