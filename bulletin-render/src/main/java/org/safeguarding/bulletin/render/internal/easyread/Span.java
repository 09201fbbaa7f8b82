package org.safeguarding.bulletin.render.internal.easyread;

import java.util.List;
import java.util.Objects;
import org.safeguarding.bulletin.model.Inline;

/** A piece of a {@link Line} in one language: words as they are, a link, or the bulletin's inline text. */
public sealed interface Span {
  /** The BCP 47 tag of the language the piece is in. */
  String language();

  /**
   * Words shown as they are, with no hard words looked for.
   *
   * @param text the words
   * @param language their language
   * @param bold whether they are set in bold
   */
  record Words(String text, String language, boolean bold) implements Span {
    /** Checks the parts. */
    public Words {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(language, "language");
    }
  }

  /**
   * A link.
   *
   * @param target where it goes, for example {@code tel:999}
   * @param text its words
   * @param language their language
   */
  record Link(String target, String text, String language) implements Span {
    /** Checks the parts. */
    public Link {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(language, "language");
    }
  }

  /**
   * Inline text with its markup, in which each hard word (a glossary term) is shown in bold.
   *
   * @param inlines the text
   * @param language its language
   */
  record Text(List<Inline> inlines, String language) implements Span {
    /** Copies the text. */
    public Text {
      inlines = List.copyOf(inlines);
      Objects.requireNonNull(language, "language");
    }
  }
}
