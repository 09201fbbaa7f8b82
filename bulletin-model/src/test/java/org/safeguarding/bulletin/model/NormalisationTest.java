package org.safeguarding.bulletin.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.testing.Fixtures;

/** Text a reader sees is held in NFC, whether the bulletin was read from JSON or built in Java. */
class NormalisationTest {
  private static final String DECOMPOSED = "cafe\u0301, an\u0303o, u\u0308ber, Zo\u0308e, nai\u0308ve";
  private static final String COMPOSED = "caf\u00e9, a\u00f1o, \u00fcber, Z\u00f6e, na\u00efve";

  @Test
  void textReadFromJsonIsInNfc() {
    Bulletin bulletin = Fixtures.valid("combining-marks");

    assertThat(bulletin.title()).isEqualTo("Caf\u00e9 safety");
    assertThat(bulletin.summary()).isEqualTo("Staying safe at the caf\u00e9, a\u00f1o after a\u00f1o.");
    assertThat(bulletin.publisher().name()).isEqualTo("Z\u00f6e's Safeguarding Partnership");
    assertThat(bulletin.contacts().get(0).name()).isEqualTo("\u00dcber helpline");
    assertThat(bulletin.contacts().get(0).organisation()).isEqualTo("Na\u00efve Partnership");
    assertThat(bulletin.sections().get(0).heading()).isEqualTo("Caf\u00e9, a\u00f1o, \u00fcber");
    Paragraph paragraph = (Paragraph) bulletin.sections().get(0).content().get(0);
    assertThat(paragraph.text().plainText()).isEqualTo(COMPOSED);
  }

  @Test
  void textBuiltInJavaIsInNfc() {
    Bulletin bulletin = Bulletin.builder("marks").title(DECOMPOSED).summary(DECOMPOSED)
        .publisher(Publisher.named(DECOMPOSED))
        .series(DECOMPOSED, DECOMPOSED)
        .glossary(DECOMPOSED, DECOMPOSED)
        .contact(Contact.builder("team", DECOMPOSED).organisation(DECOMPOSED).audience(DECOMPOSED)
            .hours(DECOMPOSED).phone("0800 1111").build())
        .section(Section.builder(DECOMPOSED).paragraph("**" + DECOMPOSED + "**").easyRead(DECOMPOSED).build())
        .build();

    Contact contact = bulletin.contacts().get(0);
    assertThat(java.util.List.of(bulletin.title(), bulletin.summary(), bulletin.publisher().name(),
        bulletin.series().name(), bulletin.series().strapline(), bulletin.glossary().get(0).term(),
        bulletin.glossary().get(0).meaning(), contact.name(), contact.organisation(), contact.audience(),
        contact.hours(), bulletin.sections().get(0).heading()))
        .containsOnly(COMPOSED);
    Paragraph paragraph = (Paragraph) bulletin.sections().get(0).content().get(0);
    assertThat(paragraph.text().source()).isEqualTo("**" + COMPOSED + "**");
    assertThat(paragraph.text().plainText()).isEqualTo(COMPOSED);
  }

  @Test
  void aMarkWithNoPrecomposedLetterIsKeptAfterItsLetter() {
    String text = "q\u0301 j\u0303";

    assertThat(InlineText.parse(text).plainText()).isEqualTo(text)
        .isEqualTo(Normalizer.normalize(text, Normalizer.Form.NFC));
  }
}
