package org.safeguarding.bulletin.render.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Inline;
import org.safeguarding.bulletin.render.internal.HardWords;
import org.safeguarding.bulletin.render.internal.LeftToRightRuns;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadModel;
import org.safeguarding.bulletin.render.internal.easyread.Line;
import org.safeguarding.bulletin.render.internal.easyread.Span;
import org.safeguarding.bulletin.wording.Wording;

/**
 * One Easy Read document being written: the POI document, the bulletin, its Easy Read model and the
 * settings, with the paragraph-making steps that every part shares.
 */
final class EasyReadDocument {
  private final XWPFDocument doc;
  private final Bulletin bulletin;
  private final DocxSettings settings;
  private final EasyReadModel model;
  private final HardWords hardWords;
  private final LeftToRightRuns leftToRight;
  private final DocxPictures pictures;
  private final Wording wording;

  EasyReadDocument(XWPFDocument doc, Bulletin bulletin, Wording wording, EasyReadModel model, DocxSettings settings) {
    this.doc = doc;
    this.bulletin = bulletin;
    this.model = model;
    this.settings = settings;
    this.hardWords = model.hardWordFinder();
    this.leftToRight = LeftToRightRuns.of(bulletin);
    this.pictures = new DocxPictures(doc);
    this.wording = wording;
  }

  XWPFDocument doc() {
    return doc;
  }

  Bulletin bulletin() {
    return bulletin;
  }

  /** What the document says. */
  EasyReadModel model() {
    return model;
  }

  DocxSettings settings() {
    return settings;
  }

  /** The document's pictures. */
  DocxPictures pictures() {
    return pictures;
  }

  /** The language of the bulletin's own text. */
  String language() {
    return bulletin.language();
  }

  /** The library's own words, in the bulletin's language or English. */
  Wording wording() {
    return wording;
  }

  /** The language of the library's own words: the bulletin's, or English where there are none in it. */
  String labelLanguage() {
    return model.labelLanguage();
  }

  /** A new paragraph at the end of the body. */
  XWPFParagraph paragraph() {
    return prepare(doc.createParagraph());
  }

  /** A new paragraph in {@code cell}: its first, empty one if it has no content yet. */
  XWPFParagraph paragraph(XWPFTableCell cell) {
    XWPFParagraph first = cell.getParagraphs().get(0);
    boolean unused = first.getRuns().isEmpty() && first.getCTP().sizeOfHyperlinkArray() == 0;
    return prepare(unused ? first : cell.addParagraph());
  }

  /** A heading of {@code level} (1 or 2) in the bulletin's language, on a new page if asked. */
  XWPFParagraph heading(int level, String text, String language, boolean newPage) {
    XWPFParagraph heading = paragraph();
    heading.setStyle(level == 1 ? DocxStyles.HEADING_1 : DocxStyles.HEADING_2);
    if (newPage) {
      heading.setPageBreak(true);
    }
    runs(heading, language).plain(text);
    return heading;
  }

  /** Writes inline text into {@code paragraph} in the bulletin's language, hard words in bold. */
  void text(XWPFParagraph paragraph, List<Inline> inlines) {
    runs(paragraph, language()).write(inlines);
  }

  /** Writes {@code line} into {@code paragraph}, each piece in its own language. */
  void line(XWPFParagraph paragraph, Line line) {
    for (Span span : line.spans()) {
      if (span instanceof Span.Words words) {
        InlineRuns runs = runs(paragraph, words.language());
        (words.bold() ? runs.bold() : runs).plain(words.text());
      } else if (span instanceof Span.Link link) {
        runs(paragraph, link.language()).link(link.target(), link.text());
      } else if (span instanceof Span.Text text) {
        runs(paragraph, text.language()).write(text.inlines());
      }
    }
  }

  /** A writer of runs in {@code language} into {@code paragraph}. */
  InlineRuns runs(XWPFParagraph paragraph, String language) {
    return new InlineRuns(paragraph, language, hardWords, leftToRight);
  }

  private XWPFParagraph prepare(XWPFParagraph paragraph) {
    if (bulletin.rightToLeft()) {
      CTPPr properties = paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
      properties.addNewBidi();
    }
    return paragraph;
  }
}
