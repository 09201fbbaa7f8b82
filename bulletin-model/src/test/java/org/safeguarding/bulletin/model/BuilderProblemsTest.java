package org.safeguarding.bulletin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.Problem;

/** Builders read phone numbers in the bulletin's region and report every problem with its JSON path. */
class BuilderProblemsTest {
  private static final String IRISH_JSON = """
      {"formatVersion": 1, "id": "who-to-call", "layout": "free", "region": "IE", "title": "Who to call",
       "publisher": {"name": "Example Partnership"},
       "contacts": [{"id": "gardai", "name": "Gardaí", "phone": "01 234 5678"}],
       "sections": [{"heading": "Who to call", "content": [{"type": "contacts", "refs": ["gardai"]}]}]}
      """;

  private static Bulletin.Builder irish() {
    return Bulletin.builder("who-to-call").layout(Layout.FREE).region("IE").title("Who to call")
        .publisher(Publisher.named("Example Partnership"))
        .section(Section.builder("Who to call").add(ContactsBlock.of("gardai")).build());
  }

  @Test
  void readsAContactsPhoneNumberInTheBulletinsRegionAsJsonDoes() throws IOException {
    Bulletin fromJava = irish().contact(Contact.builder("gardai", "Gardaí").phone("01 234 5678")).build();
    Bulletin fromJson = BulletinJson.reader()
        .read(new ByteArrayInputStream(IRISH_JSON.getBytes(StandardCharsets.UTF_8)));

    assertThat(fromJava.contacts().get(0).phone()).isEqualTo(new PhoneNumber("01 234 5678", "tel:+35312345678"));
    assertThat(fromJava).isEqualTo(fromJson);
  }

  @Test
  void readsAContactBuiltAlreadyAgainInTheBulletinsRegion() {
    Contact britishHelpline = Contact.builder("helpline", "Helpline").phone("0800 1111").build();

    assertThatThrownBy(() -> irish().contact(britishHelpline).build())
        .isInstanceOfSatisfying(BulletinInvalidException.class, e -> assertThat(e.problems())
            .extracting(Problem::path, Problem::code)
            .containsExactly(tuple("$.contacts[0].phone", "invalid-phone")));
  }

  @Test
  void reportsEveryProblemOfTheBulletinAndItsContactsWithTheirJsonPaths() {
    Bulletin.Builder builder = Bulletin.builder("Who To Call").publisher(Publisher.named("P"))
        .published(java.time.LocalDate.of(2025, 1, 31))
        .contact(Contact.builder("police", "Police").phone("999"))
        .contact(Contact.builder("team", "Team").phone("12"))
        .contact(Contact.builder("Bad Id", " ").website("https://example.org"))
        .section(Section.builder("S").paragraph("p").build());

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(BulletinInvalidException.class, e -> assertThat(e.problems())
            .extracting(Problem::path, Problem::code)
            .containsExactlyInAnyOrder(
                tuple("$.id", "invalid-id"),
                tuple("$.title", "missing-field"),
                tuple("$.contacts[1].phone", "invalid-phone"),
                tuple("$.contacts[2].id", "invalid-id"),
                tuple("$.contacts[2].name", "wrong-type")))
        .hasMessageContaining("'12' is not a valid phone number in region GB");
  }

  @Test
  void aContactBuiltAloneReportsEveryProblemAtItsPathInTheContact() {
    assertThatThrownBy(() -> Contact.builder("Bad Id", "Team").phone("12").build())
        .isInstanceOfSatisfying(BulletinInvalidException.class, e -> assertThat(e.problems())
            .extracting(Problem::path, Problem::code)
            .containsExactly(tuple("$.id", "invalid-id"), tuple("$.phone", "invalid-phone")));
  }

  @Test
  void settingAValueChecksNothingYet() {
    Contact.Builder contact = Contact.builder("team", "Team").phone("12");

    assertThat(contact.phone("0300 555 0050").build().phone().telUri()).isEqualTo("tel:+443005550050");
  }

  @Test
  void aSectionBuiltAloneReportsEveryProblemAtItsPathInTheSection() {
    assertThatThrownBy(() -> Section.builder(" ").paragraph("Fine.").paragraph(" ").easyRead("").build())
        .isInstanceOfSatisfying(BulletinInvalidException.class, e -> assertThat(e.problems())
            .extracting(Problem::path)
            .containsExactly("$.heading", "$.content[1].text", "$.easyRead[0].text"));
  }

  @Test
  void aSectionWithNoContentIsReportedAtItsContent() {
    assertThatThrownBy(() -> Section.builder("Heading").build())
        .isInstanceOfSatisfying(BulletinInvalidException.class, e -> assertThat(e.problems())
            .extracting(Problem::path)
            .containsExactly("$.content"));
  }

  @Test
  void aSectionGivenUnbuiltReportsItsProblemsWithTheBulletinsAtItsPath() {
    Bulletin.Builder builder = irish().contact(Contact.builder("gardai", "Gardaí").phone("01 234 5678"))
        .section(Section.builder(" ").paragraph(" "));

    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(BulletinInvalidException.class, e -> assertThat(e.problems())
            .extracting(Problem::path)
            .containsExactly("$.sections[1].heading", "$.sections[1].content[0].text"));
  }

  @Test
  void aSectionBuiltFromTheBuilderEqualsTheSameSectionReadFromJson() {
    Section built = Section.builder("Who to call").pictogram(Pictogram.PHONE)
        .paragraph("Call **us** today.").easyRead("Call us.").build();

    assertThat(built).isEqualTo(new Section("Who to call", Pictogram.PHONE,
        java.util.List.of(Paragraph.of("Call **us** today.")),
        java.util.List.of(EasyReadPoint.of("Call us.", null))));
  }
}
