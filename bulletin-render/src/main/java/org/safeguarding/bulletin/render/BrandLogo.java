package org.safeguarding.bulletin.render;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;

/**
 * A logo that a {@link Theme} puts in the header of every bulletin whose publisher has none of its
 * own.
 *
 * @param mediaType {@code image/png}, {@code image/jpeg} or {@code image/svg+xml}
 * @param data the image file's bytes (copied in and out)
 * @param alt the text that stands in for the logo, usually the organisation's name
 */
public record BrandLogo(String mediaType, byte[] data, String alt) {
  private static final Set<String> MEDIA_TYPES = Set.of("image/png", "image/jpeg", "image/svg+xml");

  /**
   * Checks the media type, that there are bytes and that the alternative text is not blank.
   *
   * @throws IllegalArgumentException if the media type is not one of the three, the data is empty
   *     or the alternative text is blank
   */
  public BrandLogo {
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(alt, "alt");
    if (!MEDIA_TYPES.contains(mediaType)) {
      throw new IllegalArgumentException(
          "logo: expected media type image/png, image/jpeg or image/svg+xml, found '" + mediaType + "'");
    }
    if (data.length == 0) {
      throw new IllegalArgumentException("logo: the image has no bytes");
    }
    if (alt.isBlank()) {
      throw new IllegalArgumentException("logo: alt must say what the logo shows, found blank text");
    }
    data = data.clone();
  }

  /** A copy of the image file's bytes. */
  @Override
  public byte[] data() {
    return data.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BrandLogo that
        && mediaType.equals(that.mediaType)
        && Arrays.equals(data, that.data)
        && alt.equals(that.alt);
  }

  @Override
  public int hashCode() {
    return Objects.hash(mediaType, Arrays.hashCode(data), alt);
  }

  @Override
  public String toString() {
    return "BrandLogo[" + mediaType + ", " + data.length + " bytes, alt=" + alt + "]";
  }
}
