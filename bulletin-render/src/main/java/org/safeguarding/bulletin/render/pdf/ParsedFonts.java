package org.safeguarding.bulletin.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ConcurrentMap;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The fonts of one renderer, parsed once and lent to one document at a time.
 *
 * <p>A parsed font is not thread-safe (it reads its tables and glyphs on demand), and a PDF needs it
 * until the file is written, when its subset is made. So each document borrows the faces it uses for
 * the whole of its rendering and gives them back at the end; a face is parsed again only when every
 * parsed copy is out on loan, so there are at most as many copies as documents rendered at once.
 */
final class ParsedFonts {
  private final ConcurrentMap<Face, Queue<TrueTypeFont>> idle = new ConcurrentHashMap<>();

  /** A new loan, for one document. */
  Loan loan() {
    return new Loan();
  }

  private TrueTypeFont take(Face face) {
    TrueTypeFont font = idle.computeIfAbsent(face, key -> new ConcurrentLinkedQueue<>()).poll();
    if (font != null) {
      return font;
    }
    try {
      TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(face.family().bytes(face.face())));
      // openhtmltopdf measures text without glyph substitution; PDFBox would otherwise substitute
      // ligatures as it draws, word by word, making the text wider or narrower than measured and
      // drawing glyphs that map back to no text.
      parsed.setEnableGsub(false);
      return parsed;
    } catch (IOException e) {
      // The family's faces were parsed when it was made, so this does not happen.
      throw new UncheckedIOException("cannot parse font " + face, e);
    }
  }

  private record Face(PdfFontFamily family, FontFace face) {}

  /** The fonts one document has borrowed, given back when it is closed. */
  final class Loan implements AutoCloseable {
    private final List<Borrowed> borrowed = new ArrayList<>();

    private Loan() {}

    /** A parsed copy of {@code face} of {@code family}, this document's until the loan is closed. */
    TrueTypeFont borrow(PdfFontFamily family, FontFace face) {
      Face key = new Face(family, face);
      TrueTypeFont font = take(key);
      borrowed.add(new Borrowed(key, font));
      return font;
    }

    @Override
    public void close() {
      borrowed.forEach(loaned -> idle.get(loaned.face()).add(loaned.font()));
      borrowed.clear();
    }
  }

  private record Borrowed(Face face, TrueTypeFont font) {}
}
