package org.safeguarding.bulletin.internal;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Facts about BCP 47 language tags. */
public final class Languages {
  private static final Set<String> RTL_LANGUAGES =
      Set.of("ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi");
  private static final Set<String> RTL_SCRIPTS =
      Set.of("Adlm", "Arab", "Hebr", "Mand", "Nkoo", "Rohg", "Syrc", "Thaa");
  private static final Set<String> LTR_SCRIPTS = Set.of("Latn", "Cyrl");

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

  /** Whether text in this language is written right to left; an explicit script tag decides first. */
  public static boolean isRightToLeft(String tag) {
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
