package org.safeguarding.bulletin.render.internal.page;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** {@code data:} URIs, so that images travel inside the page and it makes no requests. */
final class DataUri {
  private DataUri() {}

  /** A {@code data:} URI holding {@code bytes} of the given media type. */
  static String of(String mediaType, byte[] bytes) {
    return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(bytes);
  }

  /** A {@code data:} URI holding an SVG document. */
  static String svg(String svg) {
    return of("image/svg+xml", svg.getBytes(StandardCharsets.UTF_8));
  }
}
