package org.safeguarding.bulletin.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.EasyReadCases;
import org.safeguarding.bulletin.render.EasyReadTexts;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadModel;
import org.safeguarding.bulletin.wording.Wordings;

class EasyReadHtmlRendererTest {

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.EXAMPLE, Fixtures.EVERY_FIELD, Fixtures.WELSH, Fixtures.MINIMAL, Fixtures.LONG_WORDS,
      Fixtures.COMBINING_MARKS, Fixtures.URDU, Fixtures.ARABIC, Fixtures.PUNJABI, Fixtures.CHINESE, Fixtures.POLISH,
      Fixtures.PAIR_ENGLISH, Fixtures.PAIR_WELSH})
  void showsEveryPointInOrder(String fixture) throws IOException {
    Bulletin bulletin = Fixtures.read(fixture);
    Document page = Jsoup.parse(Files.readString(Fixtures.writeEasyReadPage(fixture), StandardCharsets.UTF_8));

    assertThat(EasyReadTexts.missingInOrder(page.body().text(), EasyReadTexts.of(bulletin)))
        .as("points of %s missing from the Easy Read page, or out of order", fixture).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.EXAMPLE, Fixtures.URDU, Fixtures.WELSH})
  void hasOneTitleAHeadingPerPartAndAPictureWithTextForEveryRow(String fixture) throws IOException {
    Bulletin bulletin = Fixtures.read(fixture);
    Document page = Jsoup.parse(EasyReadHtmlRenderer.create().render(bulletin));

    assertThat(page.select("html").attr("lang")).isEqualTo(bulletin.language());
    assertThat(page.select("html").attr("dir")).isEqualTo(bulletin.rightToLeft() ? "rtl" : "");
    assertThat(page.select("h1")).hasSize(1);
    assertThat(page.select("h1").text()).isEqualTo(bulletin.title());
    boolean contactsHaveTheirOwnHeading = EasyReadModel.of(bulletin, Wordings.builtIn().forLanguage(bulletin.language()))
        .contactsHeading() != null;
    int parts = bulletin.sections().size() + (bulletin.glossary().isEmpty() ? 0 : 1)
        + (bulletin.contacts().isEmpty() || !contactsHaveTheirOwnHeading ? 0 : 1);
    assertThat(page.select("main > section > h2")).hasSize(parts);
    for (Element row : page.select("li.row")) {
      Element picture = row.selectFirst("img");
      assertThat(picture).isNotNull();
      assertThat(picture.attr("alt")).isNotBlank();
      assertThat(picture.attr("src")).startsWith("data:image/svg+xml;base64,");
    }
    assertThat(page.select("script, link[rel=stylesheet]")).isEmpty();
  }

  @Test
  void neverTwoHeadingsThatSayTheSameWhenTheLastSectionIsWhoToContact() throws IOException {
    Bulletin bulletin = EasyReadCases.proseOnly("  WHO to contact ");
    Document page = Jsoup.parse(EasyReadHtmlRenderer.create().render(bulletin));

    List<String> headings = page.select("h2").eachText().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
    assertThat(headings).doesNotHaveDuplicates().contains("who to contact");
    assertThat(page.select("#contacts")).isEmpty();
    Element last = page.getElementById("section-" + bulletin.sections().size());
    assertThat(last.selectFirst("h2").text()).isEqualTo("WHO to contact");
    assertThat(last.select("a[href^=tel:]")).isNotEmpty();
    assertThat(page.select("#hard-words").first().elementSiblingIndex())
        .as("the contacts continue the last section, before the hard words")
        .isGreaterThan(last.elementSiblingIndex());
  }

  @Test
  void anEasyReadMadeFromProseSaysOnItsCoverThatItIsADraftAndACheckedOneWhoCheckedIt() throws IOException {
    assertThat(cover(EasyReadCases.proseOnly("Reporting"))).contains(EasyReadCases.DRAFT_ALL);
    assertThat(cover(EasyReadCases.partlyProse())).contains(EasyReadCases.DRAFT_SOME);
    assertThat(cover(EasyReadCases.reviewed())).contains(EasyReadCases.CHECKED).doesNotContain("draft");
    assertThat(cover(Fixtures.read(Fixtures.EXAMPLE))).doesNotContain("draft");
  }

  private static String cover(Bulletin bulletin) throws IOException {
    return Jsoup.parse(EasyReadHtmlRenderer.create().render(bulletin)).select("header.cover").text();
  }

  @Test
  void marksHardWordsInBoldAndNamesItsFile() throws IOException {
    Bulletin bulletin = Fixtures.read(Fixtures.EVERY_FIELD);
    Document page = Jsoup.parse(EasyReadHtmlRenderer.create().render(bulletin));

    assertThat(page.select("#hard-words dt")).extracting(Element::text)
        .containsExactlyElementsOf(bulletin.glossary().stream().map(g -> g.term()).toList());
    assertThat(page.select("#contacts a[href^=tel:]")).isNotEmpty();
    assertThat(EasyReadHtmlRenderer.create().fileName(bulletin)).isEqualTo(bulletin.id() + "-easy-read.html");
  }

  @Test
  void givesTheSameBytesEveryTime() throws IOException {
    Bulletin bulletin = Fixtures.read(Fixtures.EXAMPLE);

    assertThat(EasyReadHtmlRenderer.create().render(bulletin)).isEqualTo(EasyReadHtmlRenderer.create().render(bulletin));
  }
}
