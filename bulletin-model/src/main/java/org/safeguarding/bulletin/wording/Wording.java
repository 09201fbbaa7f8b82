package org.safeguarding.bulletin.wording;

import com.ibm.icu.text.DateFormat;
import com.ibm.icu.text.ListFormatter;
import com.ibm.icu.text.MeasureFormat;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.Measure;
import com.ibm.icu.util.MeasureUnit;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.safeguarding.bulletin.model.Pictogram;

/**
 * The library's own words in one language, ready to use: each {@link Word} with its arguments filled
 * in, and dates and lists written as that language writes them (ICU4J's CLDR data). Immutable and
 * thread-safe. Get one from {@link Wordings#forLanguage(String)}.
 */
public final class Wording {
  private final String language;
  private final ULocale locale;
  private final Map<Word, String> patterns = new EnumMap<>(Word.class);
  private final Map<Pictogram, String> altTexts = new EnumMap<>(Pictogram.class);
  private final Map<Pictogram, List<String>> pictureWords = new EnumMap<>(Pictogram.class);
  private final Map<String, DateFormat> dateFormats = new ConcurrentHashMap<>();

  /**
   * @param language the language of the words
   * @param locale the BCP 47 tag whose conventions dates and lists follow, for example "cy-GB"
   * @param words every word by its key in the wording files
   */
  Wording(String language, String locale, Map<String, String> words) {
    this.language = Objects.requireNonNull(language, "language");
    this.locale = ULocale.forLanguageTag(locale);
    for (Word word : Word.values()) {
      patterns.put(word, required(words, word.key()));
    }
    for (Pictogram pictogram : Pictogram.values()) {
      altTexts.put(pictogram, required(words, Wordings.altTextKey(pictogram)));
      String given = words.get(Wordings.pictureWordsKey(pictogram));
      pictureWords.put(pictogram, given == null ? List.of()
          : Arrays.stream(given.split(",")).map(String::strip).filter(w -> !w.isEmpty()).toList());
    }
  }

  private String required(Map<String, String> words, String key) {
    String text = words.get(key);
    if (text == null) {
      throw new IllegalArgumentException("no wording for '" + key + "' in " + language);
    }
    return text;
  }

  /**
   * The BCP 47 tag of the language these words are in: the bulletin's, or {@code en} where the
   * library has no wording in the bulletin's language. Outputs mark the words with it where it
   * differs from the bulletin's.
   */
  public String language() {
    return language;
  }

  /** The phrase for {@code word}, with {@code arguments} filled in. */
  public String get(Word word, Object... arguments) {
    String pattern = patterns.get(word);
    return arguments.length == 0 && pattern.indexOf('{') < 0 && pattern.indexOf('\'') < 0
        ? pattern
        : new MessageFormat(pattern, locale).format(arguments);
  }

  /**
   * The phrase for {@code word} in the parts around one argument: {@code get(CALL, who, NUMBER)}
   * split where {@code NUMBER} stands, so that an output can set that part apart (a link, a larger
   * number) whatever the language's word order. Returns the text before and the text after.
   */
  public List<String> around(Word word, int argument, Object... arguments) {
    String marker = "\uFDD0";
    Object[] filled = arguments.clone();
    filled[argument] = marker;
    String text = get(word, filled);
    int at = text.indexOf(marker);
    return List.of(text.substring(0, at), text.substring(at + marker.length()));
  }

  /** The text that stands in for {@code pictogram}'s picture, in this language: "A telephone". */
  public String altText(Pictogram pictogram) {
    return altTexts.get(pictogram);
  }

  /**
   * The words that choose {@code pictogram} for an Easy Read point that names no picture, in this
   * language: each a word or words, a word ending in {@code *} standing for any word that starts so
   * ({@code phone*}), a lone {@code *} for any one word. Empty where the language's wording gives
   * none.
   */
  public List<String> pictureWords(Pictogram pictogram) {
    return pictureWords.get(pictogram);
  }

  /** A date as this language writes it in full: "27 November 2026", "27 Tachwedd 2026". */
  public String date(LocalDate date) {
    return format("dMMMMy", date);
  }

  /** A month as this language writes it: "November 2026". */
  public String month(LocalDate date) {
    return format("MMMMy", date);
  }

  /**
   * A file's size as this language writes it, in kilobytes (1,000 bytes, rounded up, at least 1)
   * below a megabyte, else in megabytes (1,000,000 bytes) to one decimal place: "182 kB", "1.4 MB".
   */
  public String fileSize(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes: expected 0 or more, found " + bytes);
    }
    MeasureFormat format = MeasureFormat.getInstance(locale, MeasureFormat.FormatWidth.SHORT);
    if (bytes < 999_500) {
      return format.format(new Measure(Math.max(1, (bytes + 999) / 1000), MeasureUnit.KILOBYTE));
    }
    BigDecimal megabytes = BigDecimal.valueOf(bytes).movePointLeft(6).setScale(1, RoundingMode.HALF_UP);
    return format.format(new Measure(megabytes, MeasureUnit.MEGABYTE));
  }

  /** Names joined as this language joins a list: "A, B and C", "A, B a C". */
  public String list(List<String> names) {
    return ListFormatter.getInstance(locale).format(names);
  }

  /**
   * Making a date format looks up the best pattern for the skeleton in the locale's data, a tenth
   * of an HTML page's time: each skeleton's format is made once and copied for each use, as a
   * format is not thread-safe.
   */
  private String format(String skeleton, LocalDate date) {
    DateFormat format = (DateFormat) dateFormats.computeIfAbsent(skeleton, this::dateFormat).clone();
    return format.format(Date.from(date.atStartOfDay().toInstant(ZoneOffset.UTC)));
  }

  private DateFormat dateFormat(String skeleton) {
    DateFormat format = DateFormat.getInstanceForSkeleton(skeleton, locale);
    format.setTimeZone(com.ibm.icu.util.TimeZone.GMT_ZONE);
    return format;
  }
}
