package org.safeguarding.bulletin.render.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.ModelTexts;
import org.safeguarding.bulletin.render.html.TextBulletins;
import org.safeguarding.bulletin.testing.Fixtures;

/**
 * The plain text: every text of the model in reading order, lines of at most 72 columns, the same
 * bytes every time, the library's words in the bulletin's language, and text written as typed.
 */
class TextRendererTest {
  /** A link written {@code [text](target)} in a fixture's JSON. */
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

  private final TextRenderer renderer = TextRenderer.create();

  static List<String> fixtures() {
    return Fixtures.jsonFiles(Fixtures.VALID);
  }

  private static Bulletin read(String fixture) {
    return BulletinJson.reader().read(Fixtures.text(fixture));
  }

  private static String squeezed(String text) {
    return text.strip().replaceAll("\\s+", " ");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void holdsEveryTextOfTheModelInReadingOrder(String fixture) {
    Bulletin bulletin = read(fixture);
    String squeezed = squeezed(renderer.render(bulletin));
    // The text writes each link's address after its words; the model's texts hold only the words.
    Matcher links = LINK.matcher(Fixtures.text(fixture));
    while (links.find()) {
      squeezed = squeezed.replace(" (" + InlineWriter.address(links.group(1)) + ")", "");
    }

    int from = 0;
    for (String expected : ModelTexts.of(bulletin)) {
      int at = squeezed.indexOf(squeezed(expected), from);
      assertThat(at).as("'%s' after position %d of %s, which reads %s", expected, from, fixture,
          squeezed.substring(from, Math.min(squeezed.length(), from + 300))).isGreaterThanOrEqualTo(0);
      from = at;
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void noLineIsWiderThan72ColumnsButOneUnbreakableWord(String fixture) {
    List<String> lines = renderer.render(read(fixture)).lines().toList();

    assertThat(lines).filteredOn(line -> Columns.of(line) > LineWrapper.WIDTH)
        .allSatisfy(line -> assertThat(line.strip().replaceFirst("^(-|\\d+\\.) ", "")).doesNotContain(" "));
    assertThat(lines).allSatisfy(line -> assertThat(line).doesNotEndWith(" "));
  }

  @Test
  void aLongWordIsNeverBroken() {
    String text = renderer.render(Fixtures.valid("long-words"));

    assertThat(text.lines()).anySatisfy(line -> assertThat(line.strip())
        .isEqualTo("https://www.example.org/llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogochuc"));
    assertThat(text.lines().filter(line -> line.contains("Llanfairpwll")))
        .allSatisfy(line -> assertThat(line).contains("Llanfairpwllgwyngyllgogerychwyrndrobwllllantysiliogogogochuc"));
  }

  @Test
  void givesTheSameBytesEveryTimeInUtf8WithLineFeedsAndNoBom() throws IOException {
    Bulletin bulletin = Fixtures.valid("every-field");
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    renderer.render(bulletin, first);
    TextRenderer.create().render(bulletin, second);

    assertThat(second.toByteArray()).isEqualTo(first.toByteArray());
    String text = first.toString(StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("\r").doesNotStartWith("\uFEFF").endsWith("\n").doesNotEndWith("\n\n");
    assertThat(renderer.fileName(bulletin)).isEqualTo("online-risks-and-harms.txt");
  }

  @Test
  void laysOutHeadingsListsContactsAndLinksForAMailReader() {
    String text = renderer.render(Fixtures.valid("every-field"));

    assertThat(text).startsWith("Safer Seven\nYour 7 minute safeguarding bulletin\n\nOnline Risks and Harms\n"
        + "======================\n");
    assertThat(text).contains("\n1. Online risks and harms\n-------------------------\n",
        "\n7. Where to get help\n--------------------\n",
        "\nCymraeg: Risgiau a Niwed Ar-lein\n  https://safeguarding.example.org/cy/risgiau-ar-lein\n",
        "\n- Children and young people, especially those who are lonely or isolated\n",
        "\n1. Listen, and take what you are told seriously.\n",
        "Report it: see Report a concern\n   (https://safeguarding.example.org/report-a-concern).",
        "\nUrgent: In an emergency call 999.\nIf you cannot speak",
        "  Online grooming includes:\n  - Building trust in order to abuse\n  - Sextortion\n",
        "- West Midlands Police: Police\n  Emergency\n  Call West Midlands Police (Police) on 999\n",
        "  Website: https://www.example.org/children\n  Email: children@example.org\n",
        "\nCSE: Child sexual exploitation:");
    assertThat(squeezed(text)).contains("at https://www.ceop.police.uk/safety-centre/. You can also",
        "email the safeguarding team (safeguarding@example.org) or call the NSPCC on 0808 800 5000 (+448088005000).",
        "Ask us for this bulletin in large print, audio or another language. Call Example Council Children's"
            + " Services (Children's Advice and Support) on 0300 555 0050 children@example.org"
            + " https://www.example.org/children",
        "Published by Example Safeguarding Partnership (https://safeguarding.example.org), 27 November 2026");
    assertThat(text).contains("\n0808 800 5000").doesNotContain("0808\n", "0300\n", "555\n");
    assertThat(text).doesNotContain("**", "*exploitation*", "[Report", "<https:");
  }

  @Test
  void aWelshBulletinHasWelshWording() {
    String text = squeezed(renderer.render(Fixtures.valid("welsh-free")));

    assertThat(text).contains("Ffoniwch Heddlu ar 999", "Argyfwng", "Cyhoeddwyd gan");
    assertThat(text).doesNotContain("Call ", "Emergency", "Published by", "Glossary");
  }

  @Test
  void writesTextThatLooksLikeMarkupExactlyAsTyped() {
    String hostile = "<script>alert(1)</script> &amp;";
    String plain = squeezed(renderer.render(TextBulletins.everywhere("plain words")));
    String text = squeezed(renderer.render(TextBulletins.everywhere(hostile)));

    int places = plain.split("plain words", -1).length - 1;
    assertThat(places).isGreaterThan(10);
    assertThat(text.split(Pattern.quote(hostile), -1)).hasSize(places + 1);
    assertThat(text).doesNotContain("&lt;", "&amp;amp;");
  }
}
