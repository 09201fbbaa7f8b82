package org.safeguarding.bulletin.render.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.jspecify.annotations.Nullable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.safeguarding.bulletin.internal.Languages;
import org.safeguarding.bulletin.model.Inline;
import org.safeguarding.bulletin.render.internal.HardWords;
import org.safeguarding.bulletin.render.internal.InlineSentences;
import org.safeguarding.bulletin.render.internal.LeftToRightRuns;

/**
 * Writes inline text as runs of one paragraph, each marked with its language. Easy Read has no
 * italics: strong and emphasised text, and the glossary's hard words, are bold. Links are the only
 * underlined text.
 *
 * <p>In a right-to-left language, each piece of the text that reads left to right (a phone number,
 * a Latin name, an address: {@link LeftToRightRuns}) is a run of its own, not marked {@code w:rtl};
 * one that the bidirectional algorithm would still reorder (a number of several groups) starts with
 * a LEFT-TO-RIGHT MARK (U+200E), as the run's direction alone does not keep its groups in order in
 * LibreOffice. (Isolates, U+2066 and U+2069, keep them in order too, but LibreOffice draws them with
 * room and in a fallback font.) A link's words are runs of the link in the same way.
 */
final class InlineRuns implements Inline.Visitor<@Nullable Void> {
  /** LEFT-TO-RIGHT MARK: a letter of no width that reads left to right, so the digits after it do too. */
  private static final String LEFT_TO_RIGHT_MARK = "\u200E";

  private final XWPFParagraph paragraph;
  private final String language;
  private final HardWords hardWords;
  private final boolean rightToLeft;
  private final LeftToRightRuns leftToRight;
  private boolean bold;
  private int size;

  InlineRuns(XWPFParagraph paragraph, String language, HardWords hardWords, LeftToRightRuns leftToRight) {
    this.paragraph = paragraph;
    this.language = language;
    this.hardWords = hardWords;
    this.rightToLeft = Languages.isRightToLeft(language);
    this.leftToRight = rightToLeft ? leftToRight : LeftToRightRuns.none();
  }

  /** Makes everything written after this bold. */
  InlineRuns bold() {
    bold = true;
    return this;
  }

  /** Sets the size of everything written after this, in points (the style's size otherwise). */
  InlineRuns size(int points) {
    size = points;
    return this;
  }

  /** Writes {@code inlines}. */
  void write(List<Inline> inlines) {
    inlines.forEach(inline -> inline.accept(this));
  }

  /** Writes plain text, without looking for hard words. */
  void plain(String text) {
    pieces(text, bold);
  }

  /** Writes a link whose words are {@code text}. */
  void link(String target, String text) {
    XWPFHyperlinkRun first = paragraph.createHyperlinkRun(target);
    List<LeftToRightRuns.Piece> pieces = leftToRight.split(text);
    for (int i = 0; i < pieces.size(); i++) {
      XWPFRun run = i == 0 ? first : new XWPFRun(first.getCTHyperlink().addNewR(), paragraph);
      run.setStyle(DocxStyles.HYPERLINK);
      run(run, pieces.get(i), bold);
    }
  }

  @Override
  public @Nullable Void text(Inline.Text text) {
    for (HardWords.Part part : hardWords.parts(text.text())) {
      pieces(part.text(), bold || part.hardWord());
    }
    return null;
  }

  @Override
  public @Nullable Void strong(Inline.Strong strong) {
    return inBold(strong.children());
  }

  @Override
  public @Nullable Void emphasis(Inline.Emphasis emphasis) {
    return inBold(emphasis.children());
  }

  @Override
  public @Nullable Void link(Inline.Link link) {
    link(link.target(), Inline.plainText(link.children()));
    return null;
  }

  @Override
  public @Nullable Void lineBreak(Inline.LineBreak lineBreak) {
    XWPFRun run = paragraph.createRun();
    run.setLang(language);
    run.addBreak();
    return null;
  }

  private @Nullable Void inBold(List<Inline> children) {
    boolean outer = bold;
    bold = true;
    write(children);
    bold = outer;
    return null;
  }

  /** Writes {@code text} as a run a piece, each piece that reads left to right on its own. */
  private void pieces(String text, boolean inBold) {
    for (LeftToRightRuns.Piece piece : leftToRight.split(text)) {
      run(paragraph.createRun(), piece, inBold);
    }
  }

  /**
   * Sets the run's text and language; a right-to-left language's runs are marked {@code w:rtl}, with
   * their language as the complex-script one ({@code w:lang w:bidi}) and bold for complex scripts
   * too ({@code w:bCs}), so that Word orders and styles them as that language; a piece that reads
   * left to right is not marked {@code w:rtl}, and is isolated where it must be.
   *
   * <p>The properties are added in the order the WordprocessingML schema gives them (ECMA-376 Part 1,
   * 17.3.2.28, {@code EG_RPrBase}: style, bold, size, direction, language), as POI and XMLBeans keep
   * them in the order they are added and Word's stricter readers refuse another order. This is the
   * only place that gives a run of the body properties besides its style.
   */
  private XWPFRun run(XWPFRun run, LeftToRightRuns.Piece piece, boolean inBold) {
    run.setText(piece.reordered() ? LEFT_TO_RIGHT_MARK + piece.text() : piece.text());
    CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
    if (inBold) {
      run.setBold(true);
      if (rightToLeft) {
        properties.addNewBCs();
      }
    }
    if (size > 0) {
      run.setFontSize(size);
    }
    if (rightToLeft && !piece.leftToRight()) {
      properties.addNewRtl();
    }
    run.setLang(language);
    if (rightToLeft) {
      properties.getLangArray(0).setBidi(language);
    }
    return run;
  }
}
