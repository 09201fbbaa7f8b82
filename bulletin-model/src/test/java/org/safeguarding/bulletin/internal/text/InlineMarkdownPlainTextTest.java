package org.safeguarding.bulletin.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.bulletin.model.Inline;

/** The shortcut for text without markup gives what commonmark gives, and only where it should. */
class InlineMarkdownPlainTextTest {

  @ParameterizedTest
  @ValueSource(strings = {
      "Call 999 if a child is in danger now.",
      "Online abuse is any type of abuse that happens on the internet.",
      "Ffoniwch 999 os yw plentyn mewn perygl.",
      "A # is not a heading, 1. is not a list - and + neither",
      "Quotes “like these”, ‘these’ and \"these\"; 50% off; £5; a/b; (brackets) {braces} | pipes ~ tildes",
      "Two  spaces inside stay",
      "Non\u00a0breaking\u00a0spaces stay, even at the end\u00a0",
      "https://example.org/path?query=1#part",
      "کیا آپ کو مدد کی ضرورت ہے؟"})
  void plainTextIsItsOwnTextAsCommonmarkFindsIt(String text) {
    assertThat(InlineMarkdown.isPlain(text)).isTrue();
    assertThat(InlineMarkdown.parse(text)).isEqualTo(InlineMarkdown.parseMarkup(text));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "**bold**", "_emphasis_", "[a link](https://example.org)", "<https://example.org>", "a & b",
      "`code`", "line\nbreak", " leading space", "trailing space ", "tab\there", "back\\slash",
      "![image](x.png)", "a > b", "nul\0char"})
  void textThatCouldBeMarkupGoesToCommonmark(String text) {
    assertThat(InlineMarkdown.isPlain(text)).isFalse();
  }

  @Test
  void agreesWithCommonmarkOnRandomText() {
    String alphabet = "ab 1.#-+=:;,'\"()%£/?~|{}$^@\u00a0é–*_[]<>&`!\\\n\t";
    Random random = new Random(7);
    int plain = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      int length = 1 + random.nextInt(12);
      for (int c = 0; c < length; c++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String source = text.toString();
      if (!source.isBlank() && InlineMarkdown.isPlain(source)) {
        plain++;
        assertThat(InlineMarkdown.parse(source)).as("'%s'", source).isEqualTo(InlineMarkdown.parseMarkup(source));
      }
    }
    assertThat(plain).isGreaterThan(1_000);
  }

  @Test
  void markupStillParses() {
    assertThat(InlineMarkdown.parse("Call **999**")).hasSize(2);
    assertThat(InlineMarkdown.parse("plain")).isEqualTo(List.of(new Inline.Text("plain")));
  }
}
