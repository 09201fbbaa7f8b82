package org.safeguarding.bulletin.internal.pictures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.wording.Wordings;

/** The choice of a picture by a point's words: what matches, what counts most, what wins a tie. */
class PictureChooserTest {
  private final PictureChooser english = PictureChooser.of("en-GB", Wordings.builtIn().forLanguage("en-GB"));

  @Test
  void aWordEndingInAStarMatchesEveryWordThatStartsSoAndAPhraseMatchesItsWordsInOrder() {
    assertThat(english.choose("Phones are everywhere.", null)).isEqualTo(new PictureChoice(Pictogram.PHONE, java.util.List.of("Phones")));
    assertThat(english.choose("Sharing sexual pictures is abuse.", null).words()).containsExactly("sexual pictures", "pictures");
  }

  @Test
  void aThingTheSentenceNamesWinsOverABroadTopicAndATieGoesToTheFirstWord() {
    assertThat(english.choose("Online criminals want your money.", Pictogram.WARNING).pictogram()).isEqualTo(Pictogram.MONEY);
    assertThat(english.choose("Call the police.", null).pictogram()).isEqualTo(Pictogram.PHONE);
    assertThat(english.choose("The police will call you.", null).pictogram()).isEqualTo(Pictogram.POLICE);
  }

  @Test
  void withoutAMatchTheSectionsPictureOrTheFallback() {
    assertThat(english.choose("Xyz.", Pictogram.HOME)).isEqualTo(new PictureChoice(Pictogram.HOME, java.util.List.of()));
    assertThat(english.choose("Xyz.", null).pictogram()).isEqualTo(PictureChooser.FALLBACK);
    assertThat(english.choose("Xyz.", null).byWords()).isFalse();
  }

  @Test
  void onlyTheWordsOfTheBulletinsOwnLanguageChoose() {
    PictureChooser welsh = PictureChooser.of("cy", Wordings.builtIn().forLanguage("cy"));
    PictureChooser somali = PictureChooser.of("so", Wordings.builtIn().forLanguage("so"));
    PictureChooser given = PictureChooser.of("so",
        Wordings.builtIn().with("so", Map.of("pictogram.phone.words", "wac*")).forLanguage("so"));

    assertThat(welsh.choose("Ffoniwch ni.", null).pictogram()).isEqualTo(Pictogram.PHONE);
    assertThat(welsh.choose("Call us.", null).pictogram()).isEqualTo(PictureChooser.FALLBACK);
    assertThat(somali.choose("Call the police.", null).pictogram()).isEqualTo(PictureChooser.FALLBACK);
    assertThat(given.choose("Wac booliska.", null).pictogram()).isEqualTo(Pictogram.PHONE);
  }
}
