package org.safeguarding.bulletin.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Section;
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
}
