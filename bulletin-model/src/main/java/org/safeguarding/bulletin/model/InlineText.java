package org.safeguarding.bulletin.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.safeguarding.bulletin.internal.Nfc;
import org.safeguarding.bulletin.internal.text.InlineMarkdown;

/**
 * Text with a little inline markup: {@code **strong**}, {@code *emphasis*}, {@code [links](https://…)},
 * autolinks, backslash escapes and hard line breaks. Everything else (raw HTML, images, code,
 * character references such as {@code &amp;}) is kept as the literal characters typed.
 *
 * <p>The source is held in Unicode Normalization Form C (see {@link #parse}). Two inline texts are
 * equal when their sources are equal.
 */
public final class InlineText {
  private final String source;
  private final List<Inline> inlines;

  private InlineText(String source, List<Inline> inlines) {
    this.source = source;
    this.inlines = inlines;
  }

  /**
   * Parses inline text, after normalising it to NFC: {@code e} followed by U+0301 COMBINING ACUTE
   * ACCENT becomes {@code é}, so every output shows the same precomposed letters.
   *
   * @param source the text as written in the JSON format
   * @throws IllegalArgumentException if the text is blank
   */
  public static InlineText parse(String source) {
    Objects.requireNonNull(source, "source");
    if (source.isBlank()) {
      throw new IllegalArgumentException("inline text must not be blank");
    }
    String normalised = Nfc.of(source);
    return new InlineText(normalised, InlineMarkdown.parse(normalised));
  }

  /** The text as written, with its markup, in NFC. */
  public String source() {
    return source;
  }

  /** The parsed text. */
  public List<Inline> inlines() {
    return inlines;
  }

  /** The words a reader sees, without markup; line breaks become newlines. */
  public String plainText() {
    return Inline.plainText(inlines);
  }

  /** Every link in the text, in reading order. */
  public List<Inline.Link> links() {
    List<Inline.Link> links = new ArrayList<>();
    collectLinks(inlines, links);
    return List.copyOf(links);
  }

  private static void collectLinks(List<Inline> inlines, List<Inline.Link> links) {
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Link l) {
        links.add(l);
        collectLinks(l.children(), links);
      } else if (inline instanceof Inline.Strong s) {
        collectLinks(s.children(), links);
      } else if (inline instanceof Inline.Emphasis e) {
        collectLinks(e.children(), links);
      }
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof InlineText that && source.equals(that.source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  @Override
  public String toString() {
    return source;
  }
}
