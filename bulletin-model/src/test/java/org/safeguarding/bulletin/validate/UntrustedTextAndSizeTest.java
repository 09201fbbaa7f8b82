package org.safeguarding.bulletin.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.json.BulletinReader;
import org.safeguarding.bulletin.testing.Fixtures;

/** Characters no output can show, and documents over a size limit, are refused with their paths. */
class UntrustedTextAndSizeTest {
  private static final String MINIMAL = Fixtures.text(Fixtures.VALID + "/minimal-free.json");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Bad \\ud800 title|$.title: a lone surrogate U+D800 at character 5, which no output can show",
      "\\udfff|$.title: a lone surrogate U+DFFF at character 1, which no output can show",
      "A \\ufffe b|$.title: a non-character U+FFFE at character 3, which no output can show",
      "A \\ufdd0 b|$.title: a non-character U+FDD0 at character 3, which no output can show",
      "A \\u0000 b|$.title: a control character U+0000 at character 3, which no output can show",
      "A \\u001b[31m b|$.title: a control character U+001B at character 3, which no output can show",
      "A \\u0085 b|$.title: a control character U+0085 at character 3, which no output can show"})
  void refusesCharactersNoOutputCanShow(String title, String problem) {
    assertThat(problems(BulletinJson.reader(), MINIMAL.replace("Who to call\",\n  \"publisher", title + "\",\n  \"publisher")))
        .containsExactly(problem);
  }

  @Test
  void keepsPairedSurrogatesTabsAndLineBreaks() {
    String json = MINIMAL.replace("call 999.", "call 999 \\ud83d\\udcde.\\tThen\\nwait.");
    assertThat(BulletinJson.reader().read(json).sections().get(0).content()).hasSize(1);
  }

  @Test
  void quotesTerminalEscapesInMessagesEscaped() {
    String escape = "\\u001b[2J\\u001b]0;pwned\\u0007";
    String json = MINIMAL
        .replace("\"layout\": \"free\",", "\"layout\": \"free\", \"published\": \"" + escape + "\", \"x" + escape + "\": 1,")
        .replace("\"type\": \"paragraph\",\n          \"text\": \"If a child or adult is in danger now, call 999.\"",
            "\"type\": \"contacts\", \"refs\": [\"" + escape + "\"]");

    List<String> problems = problems(BulletinJson.reader(), json);
    assertThat(problems).contains(
        "$.x\\u001b[2J\\u001b]0;pwned\\u0007: unknown field 'x\\u001b[2J\\u001b]0;pwned\\u0007'; known fields: "
            + "formatVersion, id, layout, language, region, series, title, publisher, published, summary, "
            + "alternates, alternativeFormats, easyReadReview, risks, contacts, glossary, sections",
        "$.published: expected a date written YYYY-MM-DD, found '\\u001b[2J\\u001b]0;pwned\\u0007'");
    assertThat(problems).allSatisfy(problem -> assertThat(problem).doesNotContain("\u001b", "\u0007"));
  }

  @Test
  void refusesMoreContactsThanTheLimitWithThePathAndSkipsTheOtherRules() {
    String contacts = IntStream.range(0, 201)
        .mapToObj(i -> "{\"id\": \"c" + i + "\", \"name\": \"Contact " + i + "\", \"phone\": \"999\"}")
        .collect(Collectors.joining(", "));
    String refs = IntStream.range(0, 201).mapToObj(i -> "\"c" + i + "\"").collect(Collectors.joining(", "));
    String json = MINIMAL.replace("\"sections\": [", "\"contacts\": [" + contacts + "],\n  \"sections\": [")
        .replace("\"type\": \"paragraph\",\n          \"text\": \"If a child or adult is in danger now, call 999.\"",
            "\"type\": \"contacts\", \"refs\": [" + refs + ", \"nobody\"]");

    assertThat(problems(BulletinJson.reader(), json)).containsExactly(
        "$.contacts: found 201 contacts in a bulletin, over the limit of 200 (limit contacts)",
        "$.sections[0].content[0].refs: found 202 references in a block, over the limit of 200 (limit refs)");
    Limits wider = Limits.defaults().with(Limit.CONTACTS, 300).with(Limit.REFS, 300);
    assertThat(problems(BulletinJson.reader().withLimits(wider), json))
        .containsExactly("$.sections[0].content[0].refs[201]: unknown contact 'nobody'; known: "
            + IntStream.range(0, 201).mapToObj(i -> "c" + i).collect(Collectors.joining(", ")));
  }

  @Test
  void refusesATextOverItsLimitAndABulletinOverTheTotal() {
    String json = MINIMAL.replace("call 999.", "call 999." + "x".repeat(10_000));
    assertThat(problems(BulletinJson.reader(), json)).containsExactly(
        "$.sections[0].content[0].text: found 10047 characters in one text, over the limit of 10000 "
            + "(limit text-characters)");
    Limits small = Limits.defaults().with(Limit.TOTAL_CHARACTERS, 50);
    assertThat(problems(BulletinJson.reader().withLimits(small), MINIMAL)).containsExactly(
        "$: found 121 characters of text in a bulletin, over the limit of 50 (limit total-characters)");
  }

  @Test
  void namesEveryLimitOnTheCommandLine() {
    assertThat(Limit.ofOptionName("easy-read-points")).isEqualTo(Limit.EASY_READ_POINTS);
    assertThatThrownBy(() -> Limit.ofOptionName("pages")).hasMessageStartingWith("unknown limit 'pages'; known: sections, ");
    assertThatThrownBy(() -> Limits.defaults().with(Limit.SECTIONS, 0))
        .hasMessage("sections: a limit must be at least 1, found 0");
    assertThat(Limits.defaults().with(Limit.SECTIONS, 7).get(Limit.SECTIONS)).isEqualTo(7);
    assertThat(Limits.defaults().get(Limit.SECTIONS)).isEqualTo(100);
  }

  private static List<String> problems(BulletinReader reader, String json) {
    BulletinInvalidException e = catchThrowableOfType(BulletinInvalidException.class, () -> reader.read(json));
    return e == null ? List.of() : e.problems().stream().map(Problem::toString).toList();
  }
}
