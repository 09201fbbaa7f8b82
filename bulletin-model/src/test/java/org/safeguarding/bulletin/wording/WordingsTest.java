package org.safeguarding.bulletin.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.safeguarding.bulletin.model.Pictogram;

/** The library's wording: every language complete, English where there is none, callers' words. */
class WordingsTest {
  static final List<String> LANGUAGES = Wordings.BUILT_IN;

  @ParameterizedTest
  @FieldSource("LANGUAGES")
  void eachBuiltInLanguageHasEveryWordAndNoOther(String language) throws IOException {
    String file = language.equals("en") ? "words.properties" : "words_" + language + ".properties";
    Properties words = new Properties();
    try (InputStream in = Wordings.class.getResourceAsStream(file)) {
      words.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    }
    Set<String> keys = Arrays.stream(Word.values()).map(Word::key).collect(Collectors.toSet());
    Arrays.stream(Pictogram.values()).forEach(p -> keys.add("pictogram." + p.jsonName()));
    Set<String> pictureWords = Arrays.stream(Pictogram.values()).map(p -> "pictogram." + p.jsonName() + ".words")
        .collect(Collectors.toSet());

    assertThat(words.stringPropertyNames()).containsAll(keys);
    assertThat(words.stringPropertyNames()).allMatch(key -> keys.contains(key) || pictureWords.contains(key));
    assertThat(words.stringPropertyNames().containsAll(pictureWords)
        || java.util.Collections.disjoint(words.stringPropertyNames(), pictureWords))
        .as("picture words for every picture, or for none").isTrue();
    assertThat(Wordings.builtIn().has(language)).isTrue();
    assertThat(Wordings.builtIn().forLanguage(language).language()).isEqualTo(language);
    for (Word word : Word.values()) {
      assertThat(Wordings.builtIn().forLanguage(language).get(word, "A", "B")).as(word.key()).isNotBlank();
    }
    Wording wording = Wordings.builtIn().forLanguage(language);
    for (Pictogram pictogram : Pictogram.values()) {
      assertThat(wording.altText(pictogram)).as(pictogram.jsonName()).isNotBlank();
      if (!language.equals("en")) {
        assertThat(wording.altText(pictogram)).as("%s in %s", pictogram.jsonName(), language)
            .isNotEqualTo(pictogram.altText());
      }
    }
    assertThat(wording.get(Word.EASY_READ_DRAFT, "all")).as("a draft in whole or in part")
        .isNotEqualTo(wording.get(Word.EASY_READ_DRAFT, "some")).doesNotContain("{");
  }

  @Test
  void pictureWordsComeFromTheLanguagesOwnFileOnly() {
    assertThat(Wordings.builtIn().forLanguage("en").pictureWords(Pictogram.PHONE)).contains("phone*", "call");
    assertThat(Wordings.builtIn().forLanguage("cy").pictureWords(Pictogram.PHONE)).contains("ffoniwch");
    assertThat(Wordings.builtIn().forLanguage("ur").pictureWords(Pictogram.PHONE)).isEmpty();
    assertThat(Wordings.builtIn().forLanguage("ur").altText(Pictogram.PHONE)).isEqualTo("ایک ٹیلی فون");
    assertThat(Wordings.builtIn().forLanguage("so").pictureWords(Pictogram.PHONE))
        .as("English wording for Somali, but no English picture words").isEmpty();
    Wordings somali = Wordings.builtIn().with("so", Map.of("pictogram.phone", "Telefoon",
        "pictogram.phone.words", "telefoon*, wac"));
    assertThat(somali.forLanguage("so").altText(Pictogram.PHONE)).isEqualTo("Telefoon");
    assertThat(somali.forLanguage("so").pictureWords(Pictogram.PHONE)).containsExactly("telefoon*", "wac");
    assertThat(somali.forLanguage("so").pictureWords(Pictogram.MONEY)).as("not English words for Somali").isEmpty();
  }

  @Test
  void welshIsWelshDatesAndListsIncluded() {
    Wording welsh = Wordings.builtIn().forLanguage("cy-GB");

    assertThat(welsh.get(Word.EMERGENCY)).isEqualTo("Argyfwng");
    assertThat(welsh.get(Word.CALL, "Heddlu", "999")).isEqualTo("Ffoniwch Heddlu ar 999");
    assertThat(welsh.date(LocalDate.of(2026, 11, 27))).isEqualTo("27 Tachwedd 2026");
    assertThat(welsh.list(List.of("Stelcio", "Priodas dan orfod"))).isEqualTo("Stelcio a(c) Priodas dan orfod"); // CLDR's Welsh "and"
    assertThat(welsh.get(Word.SKIP_TO_CONTENT)).isEqualTo("Neidio i'r prif gynnwys");
  }

  @Test
  void aLanguageWithoutWordingGetsEnglishSaidToBeEnglish() {
    Wording somali = Wordings.builtIn().forLanguage("so");
    assertThat(Wordings.builtIn().forLanguage("en").date(LocalDate.of(2026, 11, 27))).isEqualTo("27 November 2026");

    assertThat(Wordings.builtIn().has("so")).isFalse();
    assertThat(somali.language()).isEqualTo("en");
    assertThat(somali.get(Word.EMERGENCY)).isEqualTo("Emergency");
    assertThat(somali.date(LocalDate.of(2026, 11, 27))).isEqualTo("27 November 2026");
  }

  @Test
  void fileSizesAreInKilobytesRoundedUpThenMegabytesInTheLanguagesNumbers() {
    Wording english = Wordings.builtIn().forLanguage("en-GB");
    assertThat(english.fileSize(0)).isEqualTo("1 kB");
    assertThat(english.fileSize(181_001)).isEqualTo("182 kB");
    assertThat(english.fileSize(1_449_999)).isEqualTo("1.4 MB");
    assertThat(Wordings.builtIn().forLanguage("pl").fileSize(1_450_000)).isEqualTo("1,5 MB");
    assertThatThrownBy(() -> english.fileSize(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theArgumentCanBeSetApartWhateverTheWordOrder() {
    assertThat(Wordings.builtIn().forLanguage("ur").around(Word.CALL, 1, "پولیس", "999"))
        .containsExactly("پولیس کو ", " پر کال کریں");
    assertThat(Wordings.builtIn().forLanguage("en").around(Word.CALL, 1, "Police", "999"))
        .containsExactly("Call Police on ", "");
  }

  @Test
  void aCallerReplacesAWordOrAddsALanguage(@TempDir Path dir) throws IOException {
    Path somali = Files.writeString(dir.resolve("so.properties"), "language=so\nemergency=Xaalad degdeg ah\n");
    Wordings wordings = Wordings.builtIn().with("cy", Map.of("emergency", "Brys")).withFile(somali);

    assertThat(wordings.forLanguage("cy").get(Word.EMERGENCY)).isEqualTo("Brys");
    assertThat(wordings.forLanguage("cy").get(Word.GLOSSARY)).isEqualTo("Geirfa");
    assertThat(wordings.has("so")).isTrue();
    assertThat(wordings.forLanguage("so").get(Word.EMERGENCY)).isEqualTo("Xaalad degdeg ah");
    assertThat(Wordings.builtIn().forLanguage("cy").get(Word.EMERGENCY)).isEqualTo("Argyfwng");
  }

  @Test
  void refusesUnknownKeysAndFilesWithoutALanguage(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> Wordings.builtIn().with("cy", Map.of("emergancy", "Brys")))
        .hasMessageStartingWith("unknown wording key 'emergancy'; known: ");
    Path file = Files.writeString(dir.resolve("x.properties"), "emergency=Brys\n");
    assertThatThrownBy(() -> Wordings.builtIn().withFile(file)).hasMessageContaining("no 'language' key");
  }
}
