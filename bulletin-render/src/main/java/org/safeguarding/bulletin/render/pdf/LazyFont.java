package org.safeguarding.bulletin.render.pdf;

import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * One face of a family for one PDF, made only when the document's text first uses it, from a parsed
 * font borrowed for the document; embedded as a subset.
 */
final class LazyFont extends PDFontSupplier {
  private final PDDocument pdf;
  private final ParsedFonts.Loan fonts;
  private final PdfFontFamily family;
  private final FontFace face;
  private @Nullable PDFont font;

  LazyFont(PDDocument pdf, ParsedFonts.Loan fonts, PdfFontFamily family, FontFace face) {
    super(null);
    this.pdf = pdf;
    this.fonts = fonts;
    this.family = family;
    this.face = face;
  }

  @Override
  public PDFont supply() {
    if (font == null) {
      try {
        font = PDType0Font.load(pdf, fonts.borrow(family, face), true);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot embed font " + family.name() + " " + face, e);
      }
    }
    return font;
  }
}
