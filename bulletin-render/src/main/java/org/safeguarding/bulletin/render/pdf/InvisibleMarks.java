package org.safeguarding.bulletin.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorName;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Draws the {@link ReadingOrderMarks} invisibly, and tells what a mirrored glyph stands for. The
 * mark takes no width, but Noto Naskh Arabic gives it a visible glyph (a small sign for the mark);
 * each text-showing operator that draws one is split so that the mark alone is drawn with text
 * rendering mode 3 (neither filled nor stroked, ISO 32000-1, 9.3.6), which keeps it in the text
 * that extractors read, in its place. A glyph drawn just before a mark that is a bracket or a
 * quotation mark is one that a right-to-left run draws as its mirror image ("(" drawn as ")"): it is
 * drawn alone in a marked-content sequence whose {@code /ActualText} (14.9.4) is the character it
 * stands for, so that a reader of the page's glyphs, such as poppler's {@code pdftotext}, reads
 * "(SCP)", not ")SCP(". Nothing else in the content changes, and no glyph moves.
 */
final class InvisibleMarks {
  private static final String MARK = String.valueOf(ReadingOrderMarks.MARK);
  private static final int INVISIBLE = 3;

  private InvisibleMarks() {}

  /** One glyph of a text-showing operator: its code's bytes, and what it stands for. */
  private record Glyph(byte[] code, String unicode) {}

  /** Rewrites the content of each page of {@code pdf} that draws a mark. */
  static void hide(PDDocument pdf) throws IOException {
    for (PDPage page : pdf.getPages()) {
      List<Object> rewritten = rewrite(page, new PDFStreamParser(page).parse());
      if (rewritten != null) {
        PDStream stream = new PDStream(pdf);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
          new ContentStreamWriter(out).writeTokens(rewritten);
        }
        page.setContents(stream);
      }
    }
  }

  /**
   * An operator with its operands; for a text-showing one, the glyphs and numbers it draws, and the
   * text rendering mode it draws them in.
   */
  private record Step(List<COSBase> operands, Operator operator, List<Object> items, int mode) {}

  /** The page's tokens with every mark drawn invisibly, or null if it draws none. */
  private static List<Object> rewrite(PDPage page, List<Object> tokens) throws IOException {
    List<Step> steps = new ArrayList<>();
    List<Glyph> order = new ArrayList<>();
    List<COSBase> operands = new ArrayList<>();
    PDFont font = null;
    int mode = 0;
    for (Object token : tokens) {
      if (!(token instanceof Operator operator)) {
        operands.add((COSBase) token);
        continue;
      }
      String name = operator.getName();
      if (name.equals(OperatorName.SET_FONT_AND_SIZE) && !operands.isEmpty() && operands.get(0) instanceof COSName f) {
        font = page.getResources().getFont(f);
      } else if (name.equals(OperatorName.SET_TEXT_RENDERINGMODE) && !operands.isEmpty()
          && operands.get(0) instanceof COSNumber n) {
        mode = n.intValue();
      }
      List<Object> items = font == null ? null : items(font, name, operands);
      steps.add(new Step(List.copyOf(operands), operator, items, mode));
      if (items != null) {
        items.stream().filter(Glyph.class::isInstance).map(Glyph.class::cast).forEach(order::add);
      }
      operands.clear();
    }
    if (order.stream().noneMatch(g -> MARK.equals(g.unicode()))) {
      return null;
    }
    // A bracket or quotation mark drawn just before a mark is drawn mirrored (see ReadingOrderMarks).
    List<Glyph> mirrored = new ArrayList<>();
    for (int i = 0; i + 1 < order.size(); i++) {
      String unicode = order.get(i).unicode();
      if (MARK.equals(order.get(i + 1).unicode()) && unicode != null && unicode.codePointCount(0, unicode.length()) == 1
          && ReadingOrderMarks.mirrored(unicode.codePointAt(0))) {
        mirrored.add(order.get(i));
      }
    }
    List<Object> out = new ArrayList<>(tokens.size());
    for (Step step : steps) {
      if (step.items() == null || step.items().stream().noneMatch(item -> item instanceof Glyph g
          && (MARK.equals(g.unicode()) || mirrored.stream().anyMatch(m -> m == g)))) {
        out.addAll(step.operands());
        out.add(step.operator());
      } else {
        split(step.items(), mirrored, step.mode(), out);
      }
    }
    out.addAll(operands);
    return out;
  }

  /** The glyphs and numbers a {@code Tj} or {@code TJ} draws, or null for any other operator. */
  private static List<Object> items(PDFont font, String operator, List<COSBase> operands) throws IOException {
    List<COSBase> parts = new ArrayList<>();
    if (operator.equals(OperatorName.SHOW_TEXT) && operands.size() == 1 && operands.get(0) instanceof COSString s) {
      parts.add(s);
    } else if (operator.equals(OperatorName.SHOW_TEXT_ADJUSTED) && operands.size() == 1
        && operands.get(0) instanceof COSArray array) {
      array.forEach(parts::add);
    } else {
      return null;
    }
    List<Object> items = new ArrayList<>();
    for (COSBase part : parts) {
      if (part instanceof COSString string) {
        byte[] bytes = string.getBytes();
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        while (in.available() > 0) {
          int before = bytes.length - in.available();
          int code = font.readCode(in);
          items.add(new Glyph(Arrays.copyOfRange(bytes, before, bytes.length - in.available()), font.toUnicode(code)));
        }
      } else {
        items.add(part);
      }
    }
    return items;
  }

  /** Writes {@code items} as {@code TJ} operators: each mark alone and invisible, each mirrored glyph alone with its text. */
  private static void split(List<Object> items, List<Glyph> mirrored, int mode, List<Object> out) {
    List<Object> pending = new ArrayList<>();
    for (Object item : items) {
      boolean mark = item instanceof Glyph g && MARK.equals(g.unicode());
      boolean mirror = item instanceof Glyph g && mirrored.stream().anyMatch(m -> m == g);
      if (!mark && !mirror) {
        pending.add(item);
        continue;
      }
      show(pending, out);
      pending.clear();
      Glyph glyph = (Glyph) item;
      if (mark) {
        out.add(COSInteger.get(INVISIBLE));
        out.add(Operator.getOperator(OperatorName.SET_TEXT_RENDERINGMODE));
        show(List.of(glyph), out);
        out.add(COSInteger.get(mode));
        out.add(Operator.getOperator(OperatorName.SET_TEXT_RENDERINGMODE));
      } else {
        COSDictionary properties = new COSDictionary();
        properties.setItem(COSName.ACTUAL_TEXT,
            new COSString(new String(Character.toChars(ReadingOrderMarks.mirror(glyph.unicode().codePointAt(0))))));
        out.add(COSName.getPDFName("Span"));
        out.add(properties);
        out.add(Operator.getOperator(OperatorName.BEGIN_MARKED_CONTENT_SEQ));
        show(List.of(glyph), out);
        out.add(Operator.getOperator(OperatorName.END_MARKED_CONTENT));
      }
    }
    show(pending, out);
  }

  private static void show(List<Object> items, List<Object> out) {
    if (items.isEmpty()) {
      return;
    }
    COSArray array = new COSArray();
    for (Object item : items) {
      array.add(item instanceof Glyph g ? new COSString(g.code()) : (COSBase) item);
    }
    out.add(array);
    out.add(Operator.getOperator(OperatorName.SHOW_TEXT_ADJUSTED));
  }
}
