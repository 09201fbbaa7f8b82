package org.safeguarding.bulletin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Text quoted in a message can never act on the terminal or log that shows it. */
class QuoteTest {

  @Test
  void escapesATerminalEscapeSequence() {
    assertThat(Quote.of("\u001b[2J\u001b]0;pwned\u0007")).isEqualTo("'\\u001b[2J\\u001b]0;pwned\\u0007'");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "0000|\\u0000", "0009|\\u0009", "000a|\\u000a", "000d|\\u000d", "007f|\\u007f", "0085|\\u0085",
      "009b|\\u009b", "d800|\\ud800", "dfff|\\udfff", "202e|\\u202e", "2066|\\u2066", "2069|\\u2069",
      "200f|\\u200f", "061c|\\u061c"})
  void escapesControlsLoneSurrogatesAndBidiControls(String hex, String escaped) {
    String character = String.valueOf((char) Integer.parseInt(hex, 16));
    assertThat(Quote.escaped("a" + character + "b")).isEqualTo("a" + escaped + "b");
  }

  @Test
  void keepsOrdinaryTextAsTyped() {
    String text = "Café \\ 网上 \ud83d\udcde ‘quoted’ اردو";
    assertThat(Quote.escaped(text)).isSameAs(text);
    assertThat(Quote.of(text)).isEqualTo("'" + text + "'");
  }

  @Test
  void escapesALoneSurrogateBesideAPair() {
    assertThat(Quote.escaped("\ud83d\udcde\ud83d")).isEqualTo("\ud83d\udcde\\ud83d");
  }

  @Test
  void escapesFieldNamesInPaths() {
    assertThat(JsonPaths.field("$", "title\u001b[2J")).isEqualTo("$.title\\u001b[2J");
  }
}
