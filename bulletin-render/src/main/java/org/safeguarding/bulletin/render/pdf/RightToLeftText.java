package org.safeguarding.bulletin.render.pdf;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.Normalizer2;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * Gives each right-to-left run of a laid-out PDF its text in reading order. The engine draws such a
 * run reversed, left to right, and joined with presentation forms ({@link ShapingReorderer}), so a
 * program that reads the glyphs in the order they are drawn (a screen reader or a text extractor
 * following the tags) would read the letters backwards and as presentation forms.
 * Each structure element whose marked content holds right-to-left text gets an {@code /ActualText}
 * (PDF 1.7, 14.9.4, which PDF/UA-1 allows) with its letters in logical order, unjoined.
 *
 * <p>The {@code /ActualText} is on the structure element, which is what assistive technology reads,
 * not on the marked content in the page: poppler ({@code pdftotext}) puts a marked content's {@code
 * /ActualText} where its glyphs were and then reorders it as if it were drawn, reversing it; it
 * reads the glyphs themselves in the right order by their place on the page.
 */
final class RightToLeftText {
  private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();

  private final Map<PDPage, Map<Integer, String>> drawn;
  private final Map<PDPage, Map<Integer, Float>> lines;
  private final boolean rightToLeftPage;
  /** The baseline of the last piece of text added to an /ActualText, to put a space at a line's end. */
  private float lastLine = Float.NaN;

  private RightToLeftText(Map<PDPage, Map<Integer, String>> drawn, Map<PDPage, Map<Integer, Float>> lines,
      boolean rightToLeftPage) {
    this.drawn = drawn;
    this.lines = lines;
    this.rightToLeftPage = rightToLeftPage;
  }

  /**
   * Writes {@code laidOut} to {@code out} with the {@code /ActualText} of every right-to-left run.
   * The runs are read back from the file as written, through the fonts' {@code /ToUnicode} maps,
   * which PDFBox makes only when it writes the file: so the file is written, read and written again
   * (only for pages with right-to-left text). The {@link ReadingOrderMarks} are then drawn
   * invisibly ({@link InvisibleMarks}).
   */
  static void save(PDDocument laidOut, boolean rightToLeftPage, OutputStream out) throws IOException {
    ByteArrayOutputStream first = new ByteArrayOutputStream();
    laidOut.save(first);
    try (PDDocument pdf = Loader.loadPDF(first.toByteArray())) {
      markActualText(pdf, rightToLeftPage);
      InvisibleMarks.hide(pdf);
      pdf.save(out);
    }
  }

  /** Adds the {@code /ActualText} of every structure element that holds right-to-left text. */
  private static void markActualText(PDDocument pdf, boolean rightToLeftPage) throws IOException {
    Map<PDPage, Map<Integer, String>> drawn = new HashMap<>();
    Map<PDPage, Map<Integer, Float>> lines = new HashMap<>();
    for (PDPage page : pdf.getPages()) {
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      Map<Integer, StringBuilder> texts = new HashMap<>();
      Map<Integer, Float> line = new HashMap<>();
      extractor.getMarkedContents().forEach(content -> collect(content, texts, line));
      Map<Integer, String> byMcid = new HashMap<>();
      texts.forEach((mcid, text) -> byMcid.put(mcid, text.toString()));
      drawn.put(page, byMcid);
      lines.put(page, line);
    }
    new RightToLeftText(drawn, lines, rightToLeftPage).mark(pdf.getDocumentCatalog().getStructureTreeRoot(), null);
  }

  /**
   * The text each marked content sequence draws, by its MCID, in the order it is drawn, and the
   * baseline of its first glyph (the engine marks each piece of a line apart).
   */
  private static void collect(PDMarkedContent content, Map<Integer, StringBuilder> drawn, Map<Integer, Float> line) {
    StringBuilder text = new StringBuilder();
    for (Object item : content.getContents()) {
      if (item instanceof TextPosition glyph) {
        text.append(glyph.getUnicode());
        if (content.getMCID() >= 0) {
          line.putIfAbsent(content.getMCID(), glyph.getYDirAdj());
        }
      } else if (item instanceof PDMarkedContent nested) {
        collect(nested, drawn, line);
      }
    }
    if (content.getMCID() >= 0) {
      drawn.computeIfAbsent(content.getMCID(), k -> new StringBuilder()).append(text);
    }
  }

  /**
   * Gives the highest elements under {@code node} that hold right-to-left marked content of their
   * own (not only through their children) the text of all their content in logical order as their
   * {@code /ActualText}: a paragraph with a bold word gets one for the whole paragraph, the bold
   * word's element included.
   */
  private void mark(PDStructureNode node, PDPage page) {
    PDPage here = node instanceof PDStructureElement e && e.getPage() != null ? e.getPage() : page;
    boolean rightToLeft = false;
    for (Object kid : node.getKids()) {
      String text = contentText(kid, here);
      rightToLeft |= text != null && rightToLeft(text);
    }
    if (rightToLeft && node instanceof PDStructureElement element) {
      StringBuilder actual = new StringBuilder();
      lastLine = Float.NaN;
      logicalText(element, page, actual);
      element.setActualText(actual.toString());
      return;
    }
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureNode child) {
        mark(child, here);
      }
    }
  }

  /** The text of everything under {@code node}, each right-to-left run in logical order. */
  private void logicalText(PDStructureNode node, PDPage page, StringBuilder out) {
    PDPage here = node instanceof PDStructureElement e && e.getPage() != null ? e.getPage() : page;
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureNode child) {
        logicalText(child, here, out);
      } else {
        String text = contentText(kid, here);
        if (text != null && !text.isEmpty()) {
          // The engine draws no space where a line breaks between two words; the reader needs one.
          String piece = drawnReversed(text) ? logical(text) : text;
          Float line = lineOf(kid, here);
          if (line != null && !Float.isNaN(lastLine) && Math.abs(line - lastLine) > 1 && out.length() > 0
              && Character.isLetterOrDigit(out.codePointBefore(out.length())) && Character.isLetterOrDigit(piece.codePointAt(0))) {
            out.append(' ');
          }
          lastLine = line == null ? lastLine : line;
          out.append(piece);
        }
      }
    }
  }

  /** The baseline of a kid that is marked content, else null. */
  private Float lineOf(Object kid, PDPage page) {
    Content content = content(kid, page);
    return content == null ? null : lines.getOrDefault(content.page(), Map.of()).get(content.mcid());
  }

  /** The text drawn by a kid that is marked content, else null. */
  private String contentText(Object kid, PDPage page) {
    Content content = content(kid, page);
    return content == null ? null : drawn.getOrDefault(content.page(), Map.of()).get(content.mcid());
  }

  /** A kid that is marked content (an MCID, or a reference to one) as its page and MCID, else null. */
  private static Content content(Object kid, PDPage page) {
    if (kid instanceof Integer mcid && page != null) {
      return new Content(page, mcid);
    }
    if (kid instanceof PDMarkedContentReference ref) {
      PDPage on = ref.getPage() != null ? ref.getPage() : page;
      return on == null ? null : new Content(on, ref.getMCID());
    }
    return null;
  }

  private record Content(PDPage page, int mcid) {}

  /**
   * Whether the engine drew {@code text}, one run, reversed: if it has right-to-left letters, or, on
   * a page written right to left, if it has no letter or digit at all (a bracket or a full stop
   * between runs takes the direction of the text around it, which there is right to left).
   */
  private boolean drawnReversed(String text) {
    return rightToLeft(text) || (rightToLeftPage && text.codePoints().noneMatch(Character::isLetterOrDigit));
  }

  /** A run as drawn, reversed back into logical order, each presentation form as its letters. */
  static String logical(String drawn) {
    String reversed = Bidi.writeReverse(drawn, Bidi.DO_MIRRORING);
    StringBuilder letters = new StringBuilder(reversed.length());
    reversed.codePoints().forEach(cp -> {
      if (cp == ReadingOrderMarks.MARK) {
        return; // added for poppler's reading, not the bulletin's text
      }
      if (presentationForm(cp)) {
        letters.append(NFKC.normalize(Character.toString(cp)));
      } else {
        letters.appendCodePoint(cp);
      }
    });
    return letters.toString();
  }

  private static boolean presentationForm(int cp) {
    return (cp >= 0xFB50 && cp <= 0xFDFF) || (cp >= 0xFE70 && cp <= 0xFEFF);
  }

  private static boolean rightToLeft(CharSequence text) {
    return text.codePoints().anyMatch(cp -> {
      byte direction = Character.getDirectionality(cp);
      return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
    });
  }
}
