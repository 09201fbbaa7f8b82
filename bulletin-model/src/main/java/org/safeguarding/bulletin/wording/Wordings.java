package org.safeguarding.bulletin.wording;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Properties;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.safeguarding.bulletin.internal.Languages;
import org.safeguarding.bulletin.model.Pictogram;

/**
 * The library's own words in every language it has them in: its built-in wording files
 * ({@code org/safeguarding/bulletin/wording/words_<language>.properties}, UTF-8, the Java resource
 * bundle convention), any such file a caller puts on the class path for a language the library
 * lacks, and words a caller gives in code or in a file. A language with no wording gets English.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Wordings wordings = Wordings.builtIn()
 *     .with("cy", Map.of("emergency", "Brys"))          // replace one Welsh word
 *     .withFile(Path.of("words-so.properties"));           // add Somali ("language=so" inside)
 * Wording welsh = wordings.forLanguage("cy-GB");
 * }</pre>
 */
public final class Wordings {
  /** The languages whose wording ships with the library. */
  public static final List<String> BUILT_IN = List.of("en", "cy", "ur", "ar", "pa", "pl", "ro", "bn");

  private static final String BUNDLE = "org.safeguarding.bulletin.wording.words";
  private static final String FALLBACK = "en";
  private static final String FALLBACK_LOCALE = "en-GB";
  private static final Wordings BUILT_IN_WORDINGS = new Wordings(Map.of());

  private final Map<String, Map<String, String>> added;
  private final Map<String, Wording> cache = new ConcurrentHashMap<>();

  private Wordings(Map<String, Map<String, String>> added) {
    this.added = Map.copyOf(added);
  }

  /** The library's own wording, and what class path wording files add. */
  public static Wordings builtIn() {
    return BUILT_IN_WORDINGS;
  }

  /**
   * A copy in which {@code words} (by key, as in the wording files, for example {@code emergency},
   * {@code pictogram.phone} for a picture's alt text or {@code pictogram.phone.words} for the words
   * that choose it) replace or add to the wording of {@code language} (its primary subtag, for
   * example {@code cy}). Words not given keep the library's wording of that language, or English;
   * picture words are never taken from another language.
   *
   * @throws IllegalArgumentException if the language is not a valid tag or a key is unknown, naming the known keys
   */
  public Wordings with(String language, Map<String, String> words) {
    String primary = primary(language);
    Set<String> known = knownKeys();
    words.keySet().forEach(key -> {
      if (!known.contains(key)) {
        throw new IllegalArgumentException("unknown wording key '" + key + "'; known: " + String.join(", ",
            known.stream().sorted().toList()));
      }
    });
    Map<String, Map<String, String>> copy = new HashMap<>(added);
    copy.merge(primary, Map.copyOf(words), (old, more) -> {
      Map<String, String> merged = new HashMap<>(old);
      merged.putAll(more);
      return Map.copyOf(merged);
    });
    return new Wordings(copy);
  }

  /** Every key a wording file may give: each {@link Word}'s, and each pictogram's alt text and picture words. */
  private static Set<String> knownKeys() {
    Set<String> keys = new HashSet<>();
    for (Word word : Word.values()) {
      keys.add(word.key());
    }
    for (Pictogram pictogram : Pictogram.values()) {
      keys.add(altTextKey(pictogram));
      keys.add(pictureWordsKey(pictogram));
    }
    return keys;
  }

  /** The key of a pictogram's alt text, for example {@code pictogram.phone}. */
  static String altTextKey(Pictogram pictogram) {
    return "pictogram." + pictogram.jsonName();
  }

  /** The key of the words that choose a pictogram, for example {@code pictogram.phone.words}. */
  static String pictureWordsKey(Pictogram pictogram) {
    return altTextKey(pictogram) + ".words";
  }

  /**
   * A copy with the words of a properties file (UTF-8): its {@code language} key names the language,
   * every other key is a word, as in the library's own wording files.
   *
   * @throws IOException if the file cannot be read
   * @throws IllegalArgumentException if it names no valid language or has an unknown key
   */
  public Wordings withFile(Path file) throws IOException {
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    }
    String language = properties.getProperty("language");
    if (language == null || language.isBlank()) {
      throw new IllegalArgumentException(file + ": no 'language' key saying which language its words are in");
    }
    Map<String, String> words = new HashMap<>();
    properties.stringPropertyNames().stream().filter(key -> !key.equals("language"))
        .forEach(key -> words.put(key, properties.getProperty(key)));
    return with(language.strip(), words);
  }

  /** Whether there is wording in {@code language}'s primary language (English counts). */
  public boolean has(String language) {
    return forLanguage(language).language().equals(primary(language));
  }

  /** The wording for a bulletin in {@code language}: that language's, or English where there is none. */
  public Wording forLanguage(String language) {
    return cache.computeIfAbsent(language, this::load);
  }

  private Wording load(String language) {
    String primary = Languages.parse(language).map(Locale::getLanguage).orElse(FALLBACK);
    ResourceBundle bundle = bundle(Locale.forLanguageTag(primary));
    String found = bundle.getLocale().getLanguage().isEmpty() ? FALLBACK : bundle.getLocale().getLanguage();
    Map<String, String> words = new HashMap<>();
    for (String key : bundle.keySet()) {
      if (!key.endsWith(".words")) {
        words.put(key, bundle.getString(key));
      }
    }
    if (found.equals(primary) && bundle instanceof PropertyResourceBundle own) {
      // Picture words come only from the language's own file: another language's words would choose
      // pictures for words the bulletin does not use.
      for (Pictogram pictogram : Pictogram.values()) {
        Object given = own.handleGetObject(pictureWordsKey(pictogram));
        if (given != null) {
          words.put(pictureWordsKey(pictogram), given.toString());
        }
      }
    }
    Map<String, String> extra = added.get(primary);
    if (extra != null) {
      words.putAll(extra);
      found = primary;
    }
    return new Wording(found, found.equals(primary) ? inTheUk(language) : FALLBACK_LOCALE, words);
  }

  private static ResourceBundle bundle(Locale locale) {
    try {
      return ResourceBundle.getBundle(BUNDLE, locale, Wordings.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    } catch (MissingResourceException e) {
      throw new IllegalStateException("the library's English wording is missing from the class path", e);
    }
  }

  /** The tag with the region GB where it names none, so that "en" writes dates as in the UK. */
  private static String inTheUk(String language) {
    Locale locale = Locale.forLanguageTag(language);
    return locale.getCountry().isEmpty()
        ? new Locale.Builder().setLocale(locale).setRegion("GB").build().toLanguageTag() : language;
  }

  private static String primary(String language) {
    return Languages.parse(language).map(Locale::getLanguage)
        .orElseThrow(() -> new IllegalArgumentException("'" + language + "' is not a BCP 47 language tag"));
  }
}
