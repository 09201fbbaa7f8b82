package org.safeguarding.bulletin.internal;

/**
 * Quotes a document's text in a message, so that nothing a document says can act on the terminal
 * or the log that shows the message: every character that is not shown as itself is written as a
 * Java escape ({@code \u001b}), and everything else is kept as typed.
 *
 * <p>Escaped: C0 and C1 control characters (line breaks and tabs included, so a message stays on one
 * line), DEL, lone halves of surrogate pairs, and the bidirectional controls U+061C, U+200E, U+200F,
 * U+202A to U+202E and U+2066 to U+2069, which could reorder what the reader sees. A backslash is
 * written as itself: messages are read by people, not parsed back.
 */
public final class Quote {
  private Quote() {}

  /** {@code text} with the characters above escaped, and without quotation marks. */
  public static String escaped(String text) {
    int first = firstEscaped(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (mustEscape(c)) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@code text} escaped and between single quotation marks: {@code 'Risks \u001b[2J'}. */
  public static String of(String text) {
    return "'" + escaped(text) + "'";
  }

  private static int firstEscaped(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (mustEscape(c)) {
        return i;
      }
    }
    return -1;
  }

  /** Whether {@code c}, not part of a surrogate pair, is escaped. */
  private static boolean mustEscape(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || Character.isSurrogate(c)
        || c == 0x061C || c == 0x200E || c == 0x200F
        || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
  }
}
