package org.safeguarding.bulletin.render;

/** The paper a bulletin is laid out for, portrait: the PDF's pages and the Easy Read document's. */
public enum PageSize {
  /** ISO A4, 210 × 297 mm: the default. */
  A4,
  /** US Letter, 8.5 × 11 inches. */
  LETTER
}
