package org.safeguarding.bulletin.render.pdf;

/** The paper a PDF is laid out for, portrait. */
public enum PageSize {
  /** ISO A4, 210 × 297 mm: the default. */
  A4("A4"),
  /** US Letter, 8.5 × 11 inches. */
  LETTER("letter");

  private final String cssName;

  PageSize(String cssName) {
    this.cssName = cssName;
  }

  /** The size as CSS names it in {@code @page { size: … }}. */
  String cssName() {
    return cssName;
  }
}
