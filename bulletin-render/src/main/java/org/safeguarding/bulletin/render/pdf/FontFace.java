package org.safeguarding.bulletin.render.pdf;

/** The four faces of a font family that the PDF uses: regular, bold, italic and bold italic. */
enum FontFace {
  REGULAR(400, false),
  BOLD(700, false),
  ITALIC(400, true),
  BOLD_ITALIC(700, true);

  private final int weight;
  private final boolean italic;

  FontFace(int weight, boolean italic) {
    this.weight = weight;
    this.italic = italic;
  }

  /** The CSS font weight: 400 or 700. */
  int weight() {
    return weight;
  }

  /** Whether the face is italic. */
  boolean italic() {
    return italic;
  }
}
