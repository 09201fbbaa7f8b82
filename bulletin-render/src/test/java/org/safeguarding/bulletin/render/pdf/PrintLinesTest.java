package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lines a text takes on paper, for the print page's height estimates. */
class PrintLinesTest {

  @Test
  void breaksTextBetweenWordsAndLongWordsWhereTheyMust() {
    assertThat(PrintLines.count("Bullying", 20)).isEqualTo(1);
    assertThat(PrintLines.count("Domestic Abuse includes:", 20)).isEqualTo(2);
    assertThat(PrintLines.count("Including the sharing of indecent images of children.", 20)).isEqualTo(3);
    assertThat(PrintLines.count("a".repeat(41), 20)).isEqualTo(3);
    assertThat(PrintLines.count("", 20)).isEqualTo(1);
  }
}
