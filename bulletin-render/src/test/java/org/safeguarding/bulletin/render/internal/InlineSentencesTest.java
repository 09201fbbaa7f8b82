package org.safeguarding.bulletin.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.Inline;
import org.safeguarding.bulletin.model.InlineText;

class InlineSentencesTest {

  @Test
  void splitsIntoTrimmedSentencesKeepingMarkup() {
    InlineText text = InlineText.parse("Call **999** now. Then [tell us](https://example.org/tell). Thank you!");

    List<List<Inline>> sentences = InlineSentences.split(text.inlines(), Locale.UK);

    assertThat(sentences).extracting(Inline::plainText)
        .containsExactly("Call 999 now.", "Then tell us.", "Thank you!");
    assertThat(sentences.get(0)).contains(new Inline.Strong(List.of(new Inline.Text("999"))));
    assertThat(sentences.get(1))
        .contains(new Inline.Link("https://example.org/tell", List.of(new Inline.Text("tell us"))));
  }

  @Test
  void aLineBreakEndsASentence() {
    InlineText text = InlineText.parse("In an emergency call 999.\\\nIf you cannot speak, press 55");

    assertThat(InlineSentences.split(text.inlines(), Locale.UK)).extracting(Inline::plainText)
        .containsExactly("In an emergency call 999.", "If you cannot speak, press 55");
  }
}
