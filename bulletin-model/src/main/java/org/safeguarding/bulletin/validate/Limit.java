package org.safeguarding.bulletin.validate;

import java.util.Locale;

/**
 * A limit on the size of a bulletin, far above what a real bulletin reaches, so that the cost of
 * reading and rendering one stays bounded whoever wrote it. Each has a default; {@link Limits}
 * changes them. A document over a limit is refused at validation, with the path of the part that is
 * over it and the code {@code over-limit}.
 */
public enum Limit {
  /** Sections in a bulletin (a seven-minute one has seven). */
  SECTIONS(100, "sections in a bulletin"),
  /** Content blocks in one section. */
  BLOCKS(50, "content blocks in a section"),
  /** Items in one list block. */
  LIST_ITEMS(100, "items in a list"),
  /** References in one risks or contacts block. */
  REFS(200, "references in a block"),
  /** Easy read points in one section. */
  EASY_READ_POINTS(50, "easy read points in a section"),
  /** Risks a bulletin defines. */
  RISKS(200, "risks in a bulletin"),
  /** Names in one risk's {@code includes}. */
  RISK_INCLUDES(50, "names in a risk's includes"),
  /** Contacts a bulletin defines. */
  CONTACTS(200, "contacts in a bulletin"),
  /** Glossary entries. */
  GLOSSARY_ENTRIES(200, "glossary entries"),
  /** Language versions in {@code alternates}. */
  ALTERNATES(50, "alternates"),
  /** Characters in any one text value (a paragraph, a heading, a name). */
  TEXT_CHARACTERS(10_000, "characters in one text"),
  /** Characters in all the text values of a bulletin together. */
  TOTAL_CHARACTERS(500_000, "characters of text in a bulletin"),
  /** Bytes of the publisher's logo file. */
  LOGO_BYTES(5L * 1024 * 1024, "bytes in the logo file"),
  /** Pixels (width × height) of the publisher's logo once decoded. */
  LOGO_PIXELS(4096L * 4096, "pixels in the logo");

  private final long defaultValue;
  private final String counted;

  Limit(long defaultValue, String counted) {
    this.defaultValue = defaultValue;
    this.counted = counted;
  }

  /** The value used unless {@link Limits#with(Limit, long)} sets another. */
  public long defaultValue() {
    return defaultValue;
  }

  /** What is counted, in words, for example "contacts in a bulletin". */
  public String counted() {
    return counted;
  }

  /** The limit's name on the command line, for example {@code list-items}. */
  public String optionName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * The limit whose {@link #optionName()} is {@code name}.
   *
   * @throws IllegalArgumentException if there is none, naming every limit
   */
  public static Limit ofOptionName(String name) {
    for (Limit limit : values()) {
      if (limit.optionName().equals(name)) {
        return limit;
      }
    }
    StringBuilder known = new StringBuilder();
    for (Limit limit : values()) {
      known.append(known.length() == 0 ? "" : ", ").append(limit.optionName());
    }
    throw new IllegalArgumentException("unknown limit '" + name + "'; known: " + known);
  }
}
