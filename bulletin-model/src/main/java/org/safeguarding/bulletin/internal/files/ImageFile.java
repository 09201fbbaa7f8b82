package org.safeguarding.bulletin.internal.files;

import java.util.Arrays;
import java.util.Objects;

/**
 * A picture file that decoded in full.
 *
 * @param mediaType {@code image/png} or {@code image/jpeg}
 * @param bytes the file's bytes, as read (copied in and out)
 */
public record ImageFile(String mediaType, byte[] bytes) {
  /** Checks that both are given, and copies the bytes. */
  public ImageFile {
    Objects.requireNonNull(mediaType, "mediaType");
    bytes = Objects.requireNonNull(bytes, "bytes").clone();
  }

  /** A copy of the file's bytes. */
  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ImageFile that && mediaType.equals(that.mediaType) && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "ImageFile[" + mediaType + ", " + bytes.length + " bytes]";
  }
}
