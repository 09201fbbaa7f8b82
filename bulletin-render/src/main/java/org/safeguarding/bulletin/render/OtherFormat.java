package org.safeguarding.bulletin.render;

import java.util.Objects;

/**
 * One of a bulletin's other files, made together with the output being rendered, which that output
 * points to: what it is, its file's name (in the same folder) and its size.
 *
 * @param kind what the file is
 * @param fileName the file's name, with no folder: {@code online-risks-and-harms.pdf}
 * @param bytes the file's size in bytes
 */
public record OtherFormat(Kind kind, String fileName, long bytes) {

  /** What one of a bulletin's other files is. */
  public enum Kind {
    /** The PDF. */
    PDF,
    /** The Easy Read Word document. */
    EASY_READ_DOCX,
    /** The plain text. */
    TEXT,
    /** The Easy Read web page. */
    EASY_READ_HTML,
    /** The Easy Read PDF. */
    EASY_READ_PDF
  }

  /**
   * Checks the fields.
   *
   * @throws IllegalArgumentException if {@code fileName} is blank or names a folder, or {@code bytes}
   *     is negative
   */
  public OtherFormat {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(fileName, "fileName");
    if (fileName.isBlank() || fileName.contains("/") || fileName.contains("\\")) {
      throw new IllegalArgumentException("fileName: expected a file name with no folder, found '" + fileName + "'");
    }
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes: expected 0 or more, found " + bytes);
    }
  }
}
