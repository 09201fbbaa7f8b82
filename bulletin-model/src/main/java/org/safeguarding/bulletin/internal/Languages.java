package org.safeguarding.bulletin.internal;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.Region;
import com.ibm.icu.util.ULocale;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Facts about BCP 47 language tags, and whether a tag is one that readers know: well formed, and each
 * of its subtags registered, checked against ICU's copies of the registries the IANA language subtag
 * registry is made from (ISO 639 languages, ISO 15924 scripts, ISO 3166 and UN M.49 regions, and
 * the variants CLDR names).
 */
public final class Languages {
  private static final Set<String> RTL_LANGUAGES =
      Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi");
  private static final Set<String> RTL_SCRIPTS =
      Set.of("Adlm", "Arab", "Hebr", "Mand", "Nkoo", "Rohg", "Syrc", "Thaa");
  private static final Set<String> LTR_SCRIPTS = Set.of("Latn", "Cyrl");
  /** The most tags whose direction is kept. */
  private static final int TAGS_KEPT = 256;
  /** The direction of each tag asked about so far: every run of text asks, and parsing a tag is slow. */
  private static final Map<String, Boolean> RIGHT_TO_LEFT = new ConcurrentHashMap<>();
  private static final Set<String> ISO_LANGUAGES = Set.of(ULocale.getISOLanguages());
  private static final String EXPECTED = "expected a BCP 47 language tag such as en-GB, cy or ur";

  private Languages() {}

  /** The locale for a well-formed BCP 47 tag, or empty if the tag is not well formed. */
  public static Optional<Locale> parse(String tag) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(tag).build();
      return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(locale);
    } catch (IllformedLocaleException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code tag} is a well-formed BCP 47 tag whose every subtag is registered (see {@link #problem}). */
  public static boolean isValid(String tag) {
    return problem(tag).isEmpty();
  }

  /**
   * What is wrong with {@code tag} as the language of a text, or empty if nothing is: it must be a
   * well-formed BCP 47 tag (so {@code en_GB} and {@code x} are refused) whose language is a
   * registered ISO 639 code (not {@code english}, {@code xx} or the private-use {@code qaa}), whose
   * script is an ISO 15924 code, whose region is an ISO 3166 or UN M.49 code as registered (not
   * {@code UK}, which is written {@code GB}), and whose variants are ones CLDR names. Extensions
   * ({@code -u-}, {@code -x-}) are allowed once well formed. The message quotes the tag escaped, and
   * has no path: the caller adds it.
   */
  public static Optional<String> problem(String tag) {
    Optional<Locale> parsed = parse(tag);
    if (parsed.isEmpty()) {
      return Optional.of(EXPECTED + ", found " + Quote.of(tag));
    }
    Locale locale = parsed.get();
    String unknown = unknownSubtag(locale);
    if (unknown == null) {
      return Optional.empty();
    }
    return Optional.of(unknown + " in " + Quote.of(tag) + " is not in the IANA language subtag registry; "
        + EXPECTED);
  }

  /** The first subtag of {@code locale} that is not registered, described, or {@code null} if none. */
  private static @Nullable String unknownSubtag(Locale locale) {
    String language = locale.getLanguage();
    if (!ISO_LANGUAGES.contains(language)) {
      return "the language " + Quote.of(language);
    }
    String script = locale.getScript();
    if (!script.isEmpty() && !isScript(script)) {
      return "the script " + Quote.of(script);
    }
    String region = locale.getCountry();
    if (!region.isEmpty() && !isRegion(region)) {
      return "the region " + Quote.of(region);
    }
    for (String variant : locale.getVariant().split("_")) {
      if (!variant.isEmpty() && !isVariant(variant)) {
        return "the variant " + Quote.of(variant);
      }
    }
    return null;
  }

  /** Whether {@code script} is an ISO 15924 code as written in a tag (four letters, no alias). */
  private static boolean isScript(String script) {
    int code = UScript.getCodeFromName(script);
    return code != UScript.INVALID_CODE && UScript.getShortName(code).equalsIgnoreCase(script);
  }

  /** Whether {@code region} is a region code as it is registered: {@code GB}, {@code 419}, not {@code UK}. */
  private static boolean isRegion(String region) {
    try {
      Region known = Region.getInstance(region);
      return known.getType() != Region.RegionType.UNKNOWN && known.toString().equals(region);
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** Whether CLDR names {@code variant}, as every registered variant that readers know is named. */
  private static boolean isVariant(String variant) {
    LocaleDisplayNames names = LocaleDisplayNames.getInstance(ULocale.ENGLISH, DisplayContext.NO_SUBSTITUTE);
    return names.variantDisplayName(variant.toUpperCase(Locale.ROOT)) != null;
  }

  /** Whether text in this language is written right to left; an explicit script tag decides first. */
  public static boolean isRightToLeft(String tag) {
    Boolean known = RIGHT_TO_LEFT.get(tag);
    if (known != null) {
      return known;
    }
    boolean rightToLeft = directionOf(tag);
    if (RIGHT_TO_LEFT.size() < TAGS_KEPT) {
      RIGHT_TO_LEFT.put(tag, rightToLeft);
    }
    return rightToLeft;
  }

  private static boolean directionOf(String tag) {
    Locale locale = parse(tag).orElse(Locale.ROOT);
    String script = locale.getScript();
    if (RTL_SCRIPTS.contains(script)) {
      return true;
    }
    if (LTR_SCRIPTS.contains(script)) {
      return false;
    }
    return RTL_LANGUAGES.contains(locale.getLanguage());
  }
}
