package org.safeguarding.bulletin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.Problem;

/** The records check the rules local to each value, naming the field. */
class BulletinTest {

  private static Bulletin.Builder minimal() {
    return Bulletin.builder("who-to-call").layout(Layout.FREE).title("Who to call")
        .publisher(Publisher.named("Example Partnership"))
        .section(Section.builder("Who to call").paragraph("Call 999.").build());
  }

  @Test
  void defaultsToSevenMinuteBritishEnglish() {
    Bulletin bulletin = Bulletin.builder("x").title("T").publisher(Publisher.named("P"))
        .section(Section.builder("S").paragraph("p").build()).build();

    assertThat(bulletin.layout()).isEqualTo(Layout.SEVEN_MINUTE);
    assertThat(bulletin.language()).isEqualTo("en-GB");
    assertThat(bulletin.region()).isEqualTo("GB");
    assertThat(bulletin.rightToLeft()).isFalse();
  }

  @Test
  void rightToLeftComesFromTheLanguage() {
    assertThat(minimal().language("ur").build().rightToLeft()).isTrue();
    assertThat(minimal().language("ar-EG").build().rightToLeft()).isTrue();
    assertThat(minimal().language("cy").build().rightToLeft()).isFalse();
    assertThat(minimal().language("pa-Arab").build().rightToLeft()).isTrue();
  }

  @Test
  void refusesAnIdThatIsNotASlugAtItsPath() {
    assertThatThrownBy(() -> Bulletin.builder("Who To Call").title("T").publisher(Publisher.named("P"))
        .section(Section.builder("S").paragraph("p").build()).build())
        .isInstanceOf(BulletinInvalidException.class)
        .hasMessage("1 problem:\n$.id: expected a lower-case slug such as 'online-risks-and-harms', found 'Who To Call'");
  }

  @Test
  void refusesAMissingTitleAtItsPath() {
    assertThatThrownBy(() -> Bulletin.builder("x").publisher(Publisher.named("P"))
        .section(Section.builder("S").paragraph("p").build()).build())
        .isInstanceOfSatisfying(BulletinInvalidException.class, e -> assertThat(e.problems())
            .extracting(Problem::path).containsExactly("$.title"));
  }

  @Test
  void refusesAContactWithNoWayToReachIt() {
    assertThatThrownBy(() -> Contact.builder("team", "Team").build())
        .isInstanceOfSatisfying(BulletinInvalidException.class, e -> assertThat(e.problems())
            .extracting(Problem::path, Problem::code)
            .containsExactly(tuple("$", "contact-without-channel")));
  }

  @Test
  void listsAreCopiedAndUnmodifiable() {
    Bulletin bulletin = minimal().build();

    assertThatThrownBy(() -> bulletin.sections().clear()).isInstanceOf(UnsupportedOperationException.class);
  }
}
