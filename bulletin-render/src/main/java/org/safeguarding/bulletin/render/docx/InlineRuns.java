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

/**
 * Writes inline text as runs of one paragraph, each marked with its language. Easy Read has no
 * italics: strong and emphasised text, and the glossary's hard words, are bold. Links are the only
 * underlined text.
 */
final class InlineRuns implements Inline.Visitor<@Nullable Void> {
  private final XWPFParagraph paragraph;
  private final String language;
  private final HardWords hardWords;
  private final boolean rightToLeft;
  private boolean bold;

  InlineRuns(XWPFParagraph paragraph, String language, HardWords hardWords) {
    this.paragraph = paragraph;
    this.language = language;
    this.hardWords = hardWords;
    this.rightToLeft = Languages.isRightToLeft(language);
  }

  /** Makes everything written after this bold. */
  InlineRuns bold() {
    bold = true;
    return this;
  }

  /** Writes {@code inlines}. */
  void write(List<Inline> inlines) {
    inlines.forEach(inline -> inline.accept(this));
  }

  /** Writes plain text as one run, without looking for hard words, and returns the run. */
  XWPFRun plain(String text) {
    return run(paragraph.createRun(), text, bold);
  }

  /** Writes a link whose words are {@code text}, and returns its run. */
  XWPFRun link(String target, String text) {
    XWPFHyperlinkRun run = paragraph.createHyperlinkRun(target);
    run.setStyle(DocxStyles.HYPERLINK);
    return run(run, text, bold);
  }

  @Override
  public @Nullable Void text(Inline.Text text) {
    for (HardWords.Part part : hardWords.parts(text.text())) {
      run(paragraph.createRun(), part.text(), bold || part.hardWord());
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

  /**
   * Sets the run's text and language; a right-to-left language's runs are marked {@code w:rtl}, with
   * their language as the complex-script one ({@code w:lang w:bidi}) and bold for complex scripts
   * too ({@code w:bCs}), so that Word orders and styles them as that language.
   */
  private XWPFRun run(XWPFRun run, String text, boolean inBold) {
    run.setText(text);
    run.setLang(language);
    CTRPr properties = run.getCTR().isSetRPr() ? run.getCTR().getRPr() : run.getCTR().addNewRPr();
    if (rightToLeft) {
      properties.addNewRtl();
      (properties.sizeOfLangArray() > 0 ? properties.getLangArray(0) : properties.addNewLang()).setBidi(language);
    }
    if (inBold) {
      run.setBold(true);
      if (rightToLeft) {
        properties.addNewBCs();
      }
    }
    return run;
  }
}
