package org.safeguarding.bulletin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.bulletin.model.Inline.Emphasis;
import org.safeguarding.bulletin.model.Inline.LineBreak;
import org.safeguarding.bulletin.model.Inline.Link;
import org.safeguarding.bulletin.model.Inline.Strong;
import org.safeguarding.bulletin.model.Inline.Text;

/** The format's inline subset is markup; everything else stays as typed. */
class InlineTextTest {

  @Test
  void parsesStrongEmphasisLinksAndAutolinks() {
    assertThat(InlineText.parse("Call **now**, *please*: [NSPCC](https://www.nspcc.org.uk) or <https://ceop.police.uk>")
        .inlines()).containsExactly(
            new Text("Call "), new Strong(List.of(new Text("now"))), new Text(", "),
            new Emphasis(List.of(new Text("please"))), new Text(": "),
            new Link("https://www.nspcc.org.uk", List.of(new Text("NSPCC"))), new Text(" or "),
            new Link("https://ceop.police.uk", List.of(new Text("https://ceop.police.uk"))));
  }

  @Test
  void backslashEscapesAndHardLineBreaks() {
    assertThat(InlineText.parse("\\*not emphasis\\*\\\nnext line").inlines())
        .containsExactly(new Text("*not emphasis*"), new LineBreak(), new Text("next line"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "<script>alert(1)</script>", "</li>", "&amp;", "&#65; &copy;", "{{ template }}", "`code`",
      "![a picture](https://example.org/p.png)", "# not a heading", "- not a list", "> not a quote",
      "[a reference][ref]", "<b>bold</b>", "1. not a list"})
  void everythingElseIsLiteral(String typed) {
    InlineText text = InlineText.parse(typed);

    assertThat(text.inlines()).containsExactly(new Text(typed));
    assertThat(text.plainText()).isEqualTo(typed);
  }

  @Test
  void linkReferenceDefinitionsStayLiteral() {
    assertThat(InlineText.parse("[ref]: https://example.org\nand more").plainText())
        .isEqualTo("[ref]: https://example.org and more");
  }

  @Test
  void keepsPlaceholderLinksSoTheLinterCanReportThem() {
    assertThat(InlineText.parse("Visit our Learning Zone [HERE](#)").links())
        .containsExactly(new Link("#", List.of(new Text("HERE"))));
  }

  @Test
  void equalWhenTheSourceIsEqual() {
    assertThat(InlineText.parse("a *b*")).isEqualTo(InlineText.parse("a *b*")).isNotEqualTo(InlineText.parse("a b"));
  }

  @Test
  void refusesBlankText() {
    assertThatThrownBy(() -> InlineText.parse(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("inline text must not be blank");
  }
}
