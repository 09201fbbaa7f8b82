package org.safeguarding.bulletin.internal;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * Unicode Normalization Form C, the one form in which the model holds its text: a letter and a
 * combining mark that have a precomposed letter ({@code e} + U+0301) become that letter ({@code é}),
 * so every output draws, searches and compares the same characters whatever the author's keyboard
 * or editor produced.
 */
public final class Nfc {
  private Nfc() {}

  /** {@code text} in NFC; the same string if it already is. */
  public static String of(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** {@code text} in NFC, or {@code null} if it is {@code null}. */
  public static @Nullable String ofNullable(@Nullable String text) {
    return text == null ? null : of(text);
  }
}
