package org.safeguarding.bulletin.verify;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file {@code verify} knows, told apart by the file name's extension. */
public enum FileKind {
  /** A tagged PDF (PDF/UA-1 and PDF/A-2a). */
  PDF,
  /** An HTML page. */
  HTML,
  /** A Word document (the Easy Read DOCX). */
  DOCX;

  /** The kind of {@code file}, or empty when its extension is none of .pdf, .html, .htm, .docx. */
  public static Optional<FileKind> of(Path file) {
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".pdf")) {
      return Optional.of(PDF);
    }
    if (lower.endsWith(".html") || lower.endsWith(".htm")) {
      return Optional.of(HTML);
    }
    if (lower.endsWith(".docx")) {
      return Optional.of(DOCX);
    }
    return Optional.empty();
  }
}
