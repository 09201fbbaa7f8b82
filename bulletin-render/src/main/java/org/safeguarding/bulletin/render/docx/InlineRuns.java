package org.safeguarding.bulletin.render.docx;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.Languages;
import org.safeguarding.bulletin.model.Inline;
import org.safeguarding.bulletin.render.internal.HardWords;
import org.safeguarding.bulletin.render.internal.LeftToRightRuns;

/**
 * Writes inline text as runs of the paragraph being written, each marked with its language. Easy Read has no
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

  private final EasyReadDocument document;
  private final WordXml xml;
  private final String language;
  private final HardWords hardWords;
  private final boolean rightToLeft;
  private final LeftToRightRuns leftToRight;
  private boolean bold;
  private int size;

  /** Runs in {@code language} written into {@code xml}, a part of {@code document}. */
  InlineRuns(EasyReadDocument document, WordXml xml, String language, HardWords hardWords,
      LeftToRightRuns leftToRight) {
    this.document = document;
    this.xml = xml;
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
    pieces(text, bold, false);
  }

  /** Writes a link whose words are {@code text}. */
  void link(String target, String text) {
    xml.start("w:hyperlink").attribute("r:id", document.hyperlink(target));
    pieces(text, bold, true);
    xml.end();
  }

  @Override
  public @Nullable Void text(Inline.Text text) {
    for (HardWords.Part part : hardWords.parts(text.text())) {
      pieces(part.text(), bold || part.hardWord(), false);
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
    xml.start("w:r").start("w:rPr").empty("w:lang", "w:val", language).end();
    xml.empty("w:br").end();
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
  private void pieces(String text, boolean inBold, boolean linked) {
    for (LeftToRightRuns.Piece piece : leftToRight.split(text)) {
      run(piece, inBold, linked);
    }
  }

  /**
   * Writes a run of {@code piece}, marked with its language; a right-to-left language's runs are
   * marked {@code w:rtl}, with their language as the complex-script one ({@code w:lang w:bidi}) and
   * bold for complex scripts too ({@code w:bCs}), so that Word orders and styles them as that
   * language; a piece that reads left to right is not marked {@code w:rtl}, and is isolated where
   * it must be. A link's runs have the link style.
   *
   * <p>The properties are written in the order the WordprocessingML schema gives them (ECMA-376 Part
   * 1, 17.3.2.28, {@code EG_RPrBase}: style, bold, size, direction, language), as Word's stricter
   * readers refuse another order. This is the only place that gives a run of the body properties.
   */
  private void run(LeftToRightRuns.Piece piece, boolean inBold, boolean linked) {
    xml.start("w:r").start("w:rPr");
    if (linked) {
      xml.empty("w:rStyle", "w:val", DocxStyles.HYPERLINK);
    }
    if (inBold) {
      xml.empty("w:b", "w:val", "on");
      if (rightToLeft) {
        xml.empty("w:bCs");
      }
    }
    if (size > 0) {
      xml.empty("w:sz", "w:val", Integer.toString(size * 2));
    }
    if (rightToLeft && !piece.leftToRight()) {
      xml.empty("w:rtl");
    }
    xml.empty("w:lang", "w:val", language);
    if (rightToLeft) {
      xml.attribute("w:bidi", language);
    }
    xml.end();
    xml.runText(piece.reordered() ? LEFT_TO_RIGHT_MARK + piece.text() : piece.text());
    xml.end();
  }
}
