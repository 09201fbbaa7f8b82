package org.safeguarding.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.Pictogram;

/** {@code pictograms}: every built-in picture with its alt text, in English or another language. */
class PictogramsCommandTest {
  private final CliRun cli = new CliRun();

  @Test
  void listsEveryPictureByNameWithItsAltTextInAlphabeticalOrder() {
    assertThat(cli.run("pictograms")).isZero();

    List<String> lines = cli.out().lines().toList();
    assertThat(lines).hasSize(Pictogram.values().length).hasSizeGreaterThanOrEqualTo(48);
    assertThat(lines.stream().map(l -> l.split(" ")[0]).toList())
        .containsExactlyElementsOf(Arrays.stream(Pictogram.values()).map(Pictogram::jsonName).sorted().toList());
    assertThat(lines).contains("phone         A telephone", "mobile-phone  A mobile phone");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void givesTheAltTextAndTheWordsThatChooseEachPictureInAnotherLanguage() {
    assertThat(cli.run("pictograms", "--lang", "cy", "--words")).isZero();

    assertThat(cli.out()).contains("phone         Ffôn\n").contains("words: ffôn, ffonio, ffoniwch\n");
  }

  @Test
  void aLanguageWithoutWordingGetsEnglishAndSaysSoAndABadTagIsWrongUsage() {
    assertThat(cli.run("pictograms", "--lang", "so", "--words")).isZero();
    assertThat(cli.out()).contains("phone         A telephone\n").contains("words: (none)");
    assertThat(cli.err()).contains("no wording in 'so'");

    assertThat(new CliRun().run("pictograms", "--lang", "not a tag")).isEqualTo(2);
  }
}
