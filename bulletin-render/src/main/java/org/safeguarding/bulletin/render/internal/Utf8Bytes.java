package org.safeguarding.bulletin.render.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Text made as UTF-8 bytes as it is written (an HTML page, a Word document's XML): the ASCII
 * characters (tags, style sheet, the pictures' {@code data:} addresses, most English text) copied a
 * byte each, each run of the others through the JDK's UTF-8 encoder (a malformed surrogate as
 * {@code ?}, as {@link String#getBytes} gives it). A page written as a string and encoded
 * afterwards spent a fifth of its time encoding.
 */
public final class Utf8Bytes {
  /** The characters from which a run is copied through {@link String#getBytes}. */
  private static final int LONG_RUN = 64;

  /** UTF-8 takes at most three bytes for a UTF-16 unit. */
  private static final int MOST_BYTES_A_UNIT = 3;

  private final CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
      .onMalformedInput(CodingErrorAction.REPLACE)
      .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private byte[] bytes;
  private int length;

  /** Empty, with room for {@code capacity} bytes to start with. */
  public Utf8Bytes(int capacity) {
    bytes = new byte[capacity];
  }

  /** Appends an ASCII character. */
  public Utf8Bytes append(char ascii) {
    room(1);
    bytes[length++] = (byte) ascii;
    return this;
  }

  /** Appends {@code text} as it is. */
  public Utf8Bytes append(String text) {
    return append(text, 0, text.length());
  }

  /**
   * Appends the characters of {@code text} from {@code from} up to {@code to}, as they are: a long
   * run through {@link String#getBytes}, which copies a string of Latin-1 characters in one piece
   * (the style sheet, the pictures' addresses), a short one a character at a time.
   */
  public Utf8Bytes append(String text, int from, int to) {
    if (to - from >= LONG_RUN) {
      byte[] run = (from == 0 && to == text.length() ? text : text.substring(from, to)).getBytes(StandardCharsets.UTF_8);
      room(run.length);
      System.arraycopy(run, 0, bytes, length, run.length);
      length += run.length;
      return this;
    }
    room(to - from);
    for (int at = from; at < to; ) {
      char c = text.charAt(at);
      if (c < 0x80) {
        bytes[length++] = (byte) c;
        at++;
      } else {
        int end = at + 1;
        while (end < to && text.charAt(end) >= 0x80) {
          end++;
        }
        encode(text, at, end);
        at = end;
        room(to - at);
      }
    }
    return this;
  }

  /**
   * Appends {@code text} with each character that {@code references} has an entry for (indexed by
   * the character; none past its end) written as that entry, a character reference such as {@code
   * &amp;amp;}, and each run between them copied whole.
   */
  public Utf8Bytes appendEscaped(String text, @Nullable String[] references) {
    int copied = 0;
    for (int i = 0, length = text.length(); i < length; i++) {
      char c = text.charAt(i);
      String reference = c < references.length ? references[c] : null;
      if (reference != null) {
        append(text, copied, i).append(reference);
        copied = i + 1;
      }
    }
    return append(text, copied, text.length());
  }

  /**
   * A table of references for {@link #appendEscaped} with room up to {@code highest}, holding those
   * that HTML and XML alike need, {@code &amp;amp; &amp;lt; &amp;gt;}; a caller adds its own.
   */
  public static @Nullable String[] markupReferences(char highest) {
    @Nullable String[] references = new String[Math.max(highest, '>') + 1];
    references['&'] = "&amp;";
    references['<'] = "&lt;";
    references['>'] = "&gt;";
    return references;
  }

  /** Whether nothing is appended yet. */
  public boolean isEmpty() {
    return length == 0;
  }

  /** The bytes appended so far. */
  public byte[] toByteArray() {
    return Arrays.copyOf(bytes, length);
  }

  private void encode(String text, int from, int to) {
    room((to - from) * MOST_BYTES_A_UNIT);
    ByteBuffer out = ByteBuffer.wrap(bytes, length, bytes.length - length);
    encoder.reset();
    encoder.encode(CharBuffer.wrap(text, from, to), out, true);
    encoder.flush(out);
    length = out.position();
  }

  /** Makes room for {@code more} bytes. */
  private void room(int more) {
    if (bytes.length - length < more) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
    }
  }
}
