package org.safeguarding.bulletin.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How a reader asks for the bulletin in another format (large print, audio, another language).
 *
 * @param text what to say, as inline text, for example "Ask us for large print, audio or another language"
 * @param contact the id of the contact to ask, if any
 */
public record AlternativeFormats(InlineText text, @Nullable String contact) {
  /** Checks that the text is given. */
  public AlternativeFormats {
    Objects.requireNonNull(text, "text");
  }
}
