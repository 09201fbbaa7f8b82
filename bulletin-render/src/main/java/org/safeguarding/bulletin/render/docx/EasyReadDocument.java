package org.safeguarding.bulletin.render.docx;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Inline;
import org.safeguarding.bulletin.render.internal.HardWords;
import org.safeguarding.bulletin.render.internal.LeftToRightRuns;
import org.safeguarding.bulletin.render.internal.QrCode;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadModel;
import org.safeguarding.bulletin.render.internal.easyread.Line;
import org.safeguarding.bulletin.render.internal.easyread.Span;
import org.safeguarding.bulletin.wording.Wording;

/**
 * One Easy Read document being written: the POI package (pictures and links are its parts and
 * relationships), the body's XML written in reading order ({@link WordXml}), the bulletin, its Easy
 * Read model and the settings, with the paragraph-making steps that every part shares.
 *
 * <p>A layout table stays open after its last row until something else is written in the body: the
 * contacts may continue the last section's table ({@link ContactsPage}).
 */
final class EasyReadDocument {
  /** A guess of a document body's size, in bytes: the example's is 66 KB. */
  private static final int BODY_SIZE = 96 * 1024;

  private final XWPFDocument doc;
  private final WordXml body;
  private final Bulletin bulletin;
  private final DocxSettings settings;
  private final EasyReadModel model;
  private final HardWords hardWords;
  private final LeftToRightRuns leftToRight;
  private final DocxPictures pictures;
  private final Wording wording;
  /** The web addresses linked to in the table cell being written, in order. */
  private final Set<String> webLinks = new LinkedHashSet<>();
  private @Nullable PictureRows openTable;

  EasyReadDocument(XWPFDocument doc, Bulletin bulletin, Wording wording, EasyReadModel model, DocxSettings settings) {
    this.doc = doc;
    this.body = WordXml.part("w:document", WordDocument.NAMESPACES, BODY_SIZE).start("w:body");
    this.bulletin = bulletin;
    this.model = model;
    this.settings = settings;
    this.hardWords = model.hardWordFinder();
    this.leftToRight = LeftToRightRuns.of(bulletin);
    this.pictures = new DocxPictures(doc, body);
    this.wording = wording;
  }

  XWPFDocument doc() {
    return doc;
  }

  /** The body's XML, written so far. */
  WordXml body() {
    return body;
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

  /**
   * Writes a paragraph of {@code format}, reading right to left in a right-to-left bulletin, whose
   * content {@code content} writes: in the table cell being written, or else at the end of the body
   * (after ending the table before it).
   */
  void paragraph(ParagraphFormat format, Runnable content) {
    if (openTable != null && !openTable.inRow()) {
      endTable();
    }
    body.start("w:p");
    format.write(body, bulletin.rightToLeft());
    content.run();
    body.end();
  }

  /** A heading of {@code level} (1 or 2) in {@code language}, on a new page if asked. */
  void heading(int level, String text, String language, boolean newPage) {
    ParagraphFormat format = ParagraphFormat.styled(level == 1 ? DocxStyles.HEADING_1 : DocxStyles.HEADING_2, newPage);
    paragraph(format, () -> runs(language).plain(text));
  }

  /** Writes inline text into the paragraph being written, in the bulletin's language, hard words in bold. */
  void text(List<Inline> inlines) {
    runs(language()).write(inlines);
  }

  /** Writes {@code line} into the paragraph being written, each piece in its own language. */
  void line(Line line) {
    for (Span span : line.spans()) {
      if (span instanceof Span.Words words) {
        InlineRuns runs = runs(words.language());
        (words.bold() ? runs.bold() : runs).plain(words.text());
      } else if (span instanceof Span.Link link) {
        runs(link.language()).link(link.target(), link.text());
      } else if (span instanceof Span.Text text) {
        runs(text.language()).write(text.inlines());
      }
    }
  }

  /** A writer of runs in {@code language} into the paragraph being written in the body. */
  InlineRuns runs(String language) {
    return runs(body, language);
  }

  /** A writer of runs in {@code language} into the paragraph being written in {@code part}. */
  InlineRuns runs(WordXml part, String language) {
    return new InlineRuns(this, part, language, hardWords, leftToRight);
  }

  /**
   * The relationship to the link target {@code target}, added to the package, for a hyperlink in
   * the body; a web address is also kept for the QR codes of the cell being written.
   */
  String hyperlink(String target) {
    if (QrCode.isWebAddress(target)) {
      webLinks.add(target);
    }
    return doc.getPackagePart().addExternalRelationship(target, XWPFRelation.HYPERLINK.getRelation()).getId();
  }

  /** Starts a layout table (the table before it, if still open, ends first). */
  PictureRows table() {
    endTable();
    openTable = new PictureRows(this);
    return openTable;
  }

  /** Whether {@code rows} is the table still open at the end of the body. */
  boolean isOpen(PictureRows rows) {
    return openTable == rows;
  }

  /** Starts a table cell's words: the web addresses they link to are collected afresh. */
  void startCell() {
    webLinks.clear();
  }

  /** The web addresses the current cell's words link to, in order, each once. */
  List<String> cellWebLinks() {
    return List.copyOf(webLinks);
  }

  /** Ends the body with the section's properties that {@code sectionProperties} writes; returns the part's bytes. */
  byte[] finish(Runnable sectionProperties) {
    endTable();
    sectionProperties.run();
    return body.finish();
  }

  /** Ends the open table, if there is one. */
  private void endTable() {
    if (openTable != null) {
      openTable.end();
      openTable = null;
    }
  }
}
