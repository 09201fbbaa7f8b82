package org.safeguarding.bulletin.internal;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Whether a link target, already known to use an allowed scheme, goes where it seems to, written as
 * every output can write it:
 *
 * <ul>
 *   <li>every character is one a URL may hold (no spaces, quotes, {@code <}, {@code >}, backslashes,
 *       control characters; {@code %} only before two hex digits), so it is written as typed;
 *   <li>{@code https:} and {@code http:} addresses name a host and carry no user information, which
 *       would make {@code https://council.gov.uk@evil.example/} go to {@code evil.example};
 *   <li>{@code mailto:} names one plain address and carries only {@code subject} and {@code body}
 *       headers, and no encoded line break anywhere, so a link cannot copy a mail to anyone else;
 *   <li>{@code tel:} is a phone number valid in the bulletin's region.
 * </ul>
 *
 * Messages quote the target escaped and have no path: the caller adds it.
 */
public final class LinkTargets {
  /** Characters other than letters and digits that a URL may hold as they are (RFC 3986, WHATWG URL). */
  private static final String URL_PUNCTUATION = "-._~!$&'()*+,;=:/?#@[]%";
  /** A plain address: letters, digits and {@code . _ + ' -} before the {@code @}, a domain after it. */
  private static final Pattern ADDRESS =
      Pattern.compile("[\\p{L}\\p{N}._+'-]+@[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+");
  private static final Pattern ENCODED_LINE_BREAK = Pattern.compile("%0[ad]", Pattern.CASE_INSENSITIVE);
  private static final Set<String> MAIL_HEADERS = Set.of("subject", "body");

  private LinkTargets() {}

  /**
   * What is wrong with {@code target}, or empty if nothing is; {@code scheme} is its scheme in lower
   * case, and {@code region} the region its {@code tel:} numbers are read in ({@code null}: not checked).
   */
  public static Optional<String> problem(String target, String scheme, @Nullable String region) {
    String quoted = "link target " + Quote.of(target);
    String character = invalidCharacter(target);
    if (character != null) {
      return Optional.of(quoted + " holds " + character + ", which a URL cannot hold; "
          + "percent-encode it (a space is %20) or remove it");
    }
    String body = target.substring(scheme.length() + 1);
    return Optional.ofNullable(switch (scheme) {
      case "https", "http" -> web(target, quoted);
      case "mailto" -> mail(body, quoted);
      case "tel" -> region == null || PhoneNumbers.parse(decoded(body, ""), region).isPresent() ? null
          : quoted + " is not a valid phone number in region " + Quote.escaped(region);
      default -> null;
    });
  }

  /** What is wrong with {@code email} as a contact's address, or empty if it is a plain address. */
  public static Optional<String> emailProblem(String email) {
    return ADDRESS.matcher(email).matches() ? Optional.empty()
        : Optional.of("expected a plain email address such as team@example.org, with no spaces, headers "
            + "(?cc=, ?bcc=) or other addresses, found " + Quote.of(email));
  }

  private static @Nullable String web(String target, String quoted) {
    URI uri;
    try {
      uri = new URI(target);
    } catch (URISyntaxException e) {
      return quoted + " is not a valid web address: " + Quote.escaped(e.getReason());
    }
    String authority = uri.getRawAuthority();
    if (authority == null || authority.isEmpty() || authority.startsWith("@")) {
      return quoted + " names no site; expected an address such as https://www.example.org/page";
    }
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      String host = authority.substring(at + 1).replaceFirst(":[0-9]*$", "");
      return quoted + " would go to " + Quote.escaped(host) + ", not to " + Quote.escaped(authority.substring(0, at))
          + ": the part before '@' is a user name, not the site; remove it";
    }
    return null;
  }

  private static @Nullable String mail(String body, String quoted) {
    if (ENCODED_LINE_BREAK.matcher(body).find()) {
      return quoted + " holds an encoded line break (%0D or %0A), which could add mail headers";
    }
    int question = body.indexOf('?');
    String address = decoded(question < 0 ? body : body.substring(0, question), null);
    if (address == null || !ADDRESS.matcher(address).matches()) {
      return quoted + " must name one plain email address, such as mailto:team@example.org";
    }
    if (question >= 0) {
      for (String header : body.substring(question + 1).split("&", -1)) {
        String name = decoded(header.split("=", 2)[0], null);
        if (name == null || !MAIL_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
          return quoted + " carries the mail header " + Quote.of(name == null ? header : name)
              + "; a mailto: link may carry only " + String.join(" and ", List.of("subject", "body"));
        }
      }
    }
    return null;
  }

  /** The first character of {@code target} that a URL cannot hold, described, or {@code null} if none. */
  private static @Nullable String invalidCharacter(String target) {
    for (int i = 0; i < target.length(); ) {
      int c = target.codePointAt(i);
      boolean allowed;
      if (c < 0x80) {
        allowed = Character.isLetterOrDigit(c) || URL_PUNCTUATION.indexOf(c) >= 0;
        if (c == '%') {
          allowed = i + 2 < target.length() && isHex(target.charAt(i + 1)) && isHex(target.charAt(i + 2));
        }
      } else {
        int type = Character.getType(c);
        allowed = !Character.isWhitespace(c) && !Character.isSpaceChar(c) && type != Character.CONTROL
            && type != Character.FORMAT && type != Character.SURROGATE && type != Character.PRIVATE_USE
            && type != Character.UNASSIGNED;
      }
      if (!allowed) {
        String shown = c == ' ' ? "a space" : c == '%' ? "a '%' not followed by two hex digits"
            : String.format("%s (U+%04X)", Quote.of(new String(Character.toChars(c))), c);
        return shown + " at character " + (target.codePointCount(0, i) + 1);
      }
      i += Character.charCount(c);
    }
    return null;
  }

  private static boolean isHex(char c) {
    return Character.digit(c, 16) >= 0 && c < 0x80;
  }

  /** {@code text} percent-decoded as UTF-8, or {@code fallback} if it is not valid UTF-8 once decoded. */
  private static @Nullable String decoded(String text, @Nullable String fallback) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int plain = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
        bytes.writeBytes(text.substring(plain, i).getBytes(StandardCharsets.UTF_8));
        bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
        i += 2;
        plain = i + 1;
      }
    }
    bytes.writeBytes(text.substring(plain).getBytes(StandardCharsets.UTF_8));
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
    } catch (CharacterCodingException e) {
      return fallback;
    }
  }
}
