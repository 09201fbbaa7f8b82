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
 * Draws the {@link ReadingOrderMarks} invisibly. The mark takes no width, but Noto Naskh Arabic
 * gives it a visible glyph (a small sign for the mark); each text-showing operator that draws one is
 * split so that the mark alone is drawn with text rendering mode 3 (neither filled nor stroked,
 * ISO 32000-1, 9.3.6), which keeps it in the text that extractors read, in its place. Nothing else
 * in the content changes, and no glyph moves: the mark's width is zero.
 */
final class InvisibleMarks {
  private static final String MARK = String.valueOf(ReadingOrderMarks.MARK);
  private static final int INVISIBLE = 3;

  private InvisibleMarks() {}

  /** Rewrites the content of each page of {@code pdf} that draws a mark. */
  static void hide(PDDocument pdf) throws IOException {
    for (PDPage page : pdf.getPages()) {
      List<Object> tokens = new PDFStreamParser(page).parse();
      List<Object> rewritten = rewrite(page, tokens);
      if (rewritten != null) {
        PDStream stream = new PDStream(pdf);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
          new ContentStreamWriter(out).writeTokens(rewritten);
        }
        page.setContents(stream);
      }
    }
  }

  /** The page's tokens with every mark drawn invisibly, or null if it draws none. */
  private static List<Object> rewrite(PDPage page, List<Object> tokens) throws IOException {
    List<Object> out = new ArrayList<>(tokens.size());
    List<COSBase> operands = new ArrayList<>();
    PDFont font = null;
    int mode = 0;
    boolean changed = false;
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
      List<Object> split = font == null ? null : split(font, name, operands, mode);
      if (split == null) {
        out.addAll(operands);
        out.add(operator);
      } else {
        out.addAll(split);
        changed = true;
      }
      operands.clear();
    }
    out.addAll(operands);
    return changed ? out : null;
  }

  /** A {@code Tj} or {@code TJ} that draws a mark, as operators that draw it invisibly; else null. */
  private static List<Object> split(PDFont font, String operator, List<COSBase> operands, int mode)
      throws IOException {
    List<COSBase> items = new ArrayList<>();
    if (operator.equals(OperatorName.SHOW_TEXT) && operands.size() == 1 && operands.get(0) instanceof COSString s) {
      items.add(s);
    } else if (operator.equals(OperatorName.SHOW_TEXT_ADJUSTED) && operands.size() == 1
        && operands.get(0) instanceof COSArray array) {
      array.forEach(items::add);
    } else {
      return null;
    }
    List<List<COSBase>> pieces = new ArrayList<>(); // runs of items, the marks each a piece of its own
    List<Boolean> marks = new ArrayList<>();
    List<COSBase> current = new ArrayList<>();
    boolean any = false;
    for (COSBase item : items) {
      if (!(item instanceof COSString string)) {
        current.add(item);
        continue;
      }
      ByteArrayInputStream in = new ByteArrayInputStream(string.getBytes());
      int start = 0;
      byte[] bytes = string.getBytes();
      while (in.available() > 0) {
        int before = bytes.length - in.available();
        int code = font.readCode(in);
        int after = bytes.length - in.available();
        if (MARK.equals(font.toUnicode(code))) {
          any = true;
          if (before > start) {
            current.add(new COSString(Arrays.copyOfRange(bytes, start, before)));
          }
          if (!current.isEmpty()) {
            pieces.add(current);
            marks.add(false);
          }
          pieces.add(List.of(new COSString(Arrays.copyOfRange(bytes, before, after))));
          marks.add(true);
          current = new ArrayList<>();
          start = after;
        }
      }
      if (bytes.length > start) {
        current.add(new COSString(Arrays.copyOfRange(bytes, start, bytes.length)));
      }
    }
    if (!any) {
      return null;
    }
    if (!current.isEmpty()) {
      pieces.add(current);
      marks.add(false);
    }
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < pieces.size(); i++) {
      if (marks.get(i)) {
        out.add(COSInteger.get(INVISIBLE));
        out.add(Operator.getOperator(OperatorName.SET_TEXT_RENDERINGMODE));
      }
      COSArray array = new COSArray();
      pieces.get(i).forEach(array::add);
      out.add(array);
      out.add(Operator.getOperator(OperatorName.SHOW_TEXT_ADJUSTED));
      if (marks.get(i)) {
        out.add(COSInteger.get(mode));
        out.add(Operator.getOperator(OperatorName.SET_TEXT_RENDERINGMODE));
      }
    }
    return out;
  }
}
