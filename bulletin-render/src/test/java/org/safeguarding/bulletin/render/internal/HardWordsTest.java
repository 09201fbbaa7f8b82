package org.safeguarding.bulletin.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.GlossaryEntry;

class HardWordsTest {
  private final HardWords hardWords = HardWords.of(List.of(
      new GlossaryEntry("CSE", "Child sexual exploitation."),
      new GlossaryEntry("Grooming", "Making friends in order to harm."),
      new GlossaryEntry("County Lines", "Gangs that make people carry drugs.")));

  @Test
  void findsWholeTermsInAnyCaseLongestFirst() {
    assertThat(hardWords.parts("Grooming and county lines, not CSEs."))
        .containsExactly(
            new HardWords.Part("Grooming", true),
            new HardWords.Part(" and ", false),
            new HardWords.Part("county lines", true),
            new HardWords.Part(", not CSEs.", false));
  }

  @Test
  void leavesTextAloneWithoutAGlossary() {
    assertThat(HardWords.of(List.of()).parts("Grooming")).containsExactly(new HardWords.Part("Grooming", false));
  }

  @Test
  void findsTermsWhateverTheCaseOfTheirFirstLetter() {
    HardWords accented = HardWords.of(List.of(
        new GlossaryEntry("Écrans", "Screens."),
        new GlossaryEntry("online", "On the internet.")));
    assertThat(accented.parts("écrans ONLINE, Online écransx"))
        .containsExactly(
            new HardWords.Part("écrans", true),
            new HardWords.Part(" ", false),
            new HardWords.Part("ONLINE", true),
            new HardWords.Part(", ", false),
            new HardWords.Part("Online", true),
            new HardWords.Part(" écransx", false));
  }
}
