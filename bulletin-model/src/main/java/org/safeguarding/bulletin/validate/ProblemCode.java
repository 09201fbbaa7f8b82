package org.safeguarding.bulletin.validate;

import java.util.Locale;

/**
 * Every kind of problem that reading, validating or rendering a bulletin reports, each with its
 * stable {@link #id() id} (the constant's name in lower case with hyphens: {@code UNKNOWN_REF} is
 * {@code unknown-ref}). The linter's findings have ids of their own, in {@link
 * org.safeguarding.bulletin.lint.LintRule}.
 */
public enum ProblemCode implements ProblemKind {
  // The document's text, before it is read as a bulletin.

  /** The document is over the 10 MB a document may be. */
  TOO_LARGE,
  /** The document is empty or only white space. */
  EMPTY_DOCUMENT,
  /** The document nests arrays and objects deeper than 64 levels. */
  TOO_DEEP,
  /** The document is not well-formed JSON; the problem has a line and column. */
  MALFORMED_JSON,

  // The document's shape, reported as it is read into the model's records.

  /** The format version is not one this build reads; nothing else is checked. */
  UNSUPPORTED_FORMAT_VERSION,
  /** A value is of the wrong JSON kind, or a text is blank. */
  WRONG_TYPE,
  /** An object has a field the format does not define. */
  UNKNOWN_FIELD,
  /** A required field is missing. */
  MISSING_FIELD,
  /** An array has fewer items than it needs. */
  TOO_FEW_ITEMS,
  /** A block's {@code type} is not one of the format's block types. */
  UNKNOWN_BLOCK_TYPE,
  /** The {@code layout} is not one of the format's layouts. */
  UNKNOWN_LAYOUT,
  /** A {@code pictogram} is not one of the built-in pictures. */
  UNKNOWN_PICTOGRAM,
  /** A callout's {@code tone} is not one of the format's tones. */
  UNKNOWN_TONE,
  /** An id is not a lower-case slug, or the bulletin's id is too long. */
  INVALID_ID,
  /** A date is not written YYYY-MM-DD, or is not a date. */
  INVALID_DATE,
  /** A contact has no phone, website or email. */
  CONTACT_WITHOUT_CHANNEL,
  /** A value breaks a rule of its record that no other code names. */
  INVALID_VALUE,

  // The document rules, checked on the bulletin's records (and its sizes and characters also on a JSON document's text).

  /** A list, a text or the whole bulletin is over one of the {@link Limits}. */
  OVER_LIMIT,
  /** A text holds a character no output can show or store. */
  INVALID_CHARACTER,
  /** A seven-minute bulletin does not have exactly seven sections. */
  SECTION_COUNT,
  /** Two risks, or two contacts, have the same id. */
  DUPLICATE_ID,
  /** A reference names no risk or contact of the bulletin. */
  UNKNOWN_REF,
  /** A block lists the same risk or contact twice. */
  DUPLICATE_REF,
  /** A language tag is not well formed, or a subtag is not registered. */
  INVALID_LANGUAGE,
  /** The region is not one whose phone numbering is known. */
  INVALID_REGION,
  /** A contact's phone number is not valid in the bulletin's region. */
  INVALID_PHONE,
  /** An alternate is in the bulletin's own language, or in a language given twice. */
  INVALID_ALTERNATE,
  /** A link or web address uses a scheme that is not allowed there, or has none. */
  REFUSED_LINK_SCHEME,
  /** A link's target is a draft's placeholder ({@code #} or empty). */
  PLACEHOLDER_LINK,
  /** A link target does not go where it seems to, or cannot be written as a URL. */
  INVALID_LINK,
  /** A contact's email is not one plain address. */
  INVALID_EMAIL,
  /** The publisher's logo cannot be read, is outside the bulletin's folder, or is not a PNG or JPEG that decodes in full. */
  UNREADABLE_LOGO,

  // What one output cannot show (reported by the renderers' problems).

  /** A character that no font of the PDF can draw. */
  UNSUPPORTED_CHARACTER,
  /** A script that the PDF's fonts cannot draw or shape. */
  UNSUPPORTED_SCRIPT,
  /** A combining mark that the PDF's fonts cannot place on its letter. */
  UNSUPPORTED_COMBINING_MARK;

  private final String id = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The stable id, for example {@code unknown-ref}. */
  @Override
  public String id() {
    return id;
  }
}
