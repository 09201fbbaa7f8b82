package org.safeguarding.bulletin.render.docx;

import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.safeguarding.bulletin.wording.Word;

/** Pages of the options' paper (A4 by default) with wide margins, and the page number in every page's footer. */
final class PageSetup {
  /** The footer's one paragraph: centred, with no space after it. */
  private static final ParagraphFormat FOOTER = ParagraphFormat.spaceAfter(0).centre();

  private PageSetup() {}

  /**
   * Adds the footer, "Page 3", the number a field that Word and LibreOffice fill in, as a part of
   * the package; returns the id of its relationship.
   */
  static String footer(EasyReadDocument document) {
    WordXml xml = WordXml.part("w:ftr", Map.of("w", WordDocument.NAMESPACES.get("w")), 512);
    xml.start("w:p");
    FOOTER.write(xml, false);
    document.runs(xml, document.labelLanguage()).plain(document.wording().get(Word.PAGE) + " ");
    xml.start("w:fldSimple").attribute("w:instr", " PAGE ");
    xml.start("w:r").start("w:rPr").empty("w:lang", "w:val", document.labelLanguage()).end();
    xml.runText("1");
    return FixedPart.add(document.doc(), XWPFRelation.FOOTER, xml.finish());
  }

  /**
   * Writes the section's properties, which end the body: the footer that {@code footerId} names,
   * the page size and the margins.
   */
  static void write(EasyReadDocument document, String footerId) {
    WordXml xml = document.body();
    String margin = Integer.toString(Units.MARGIN);
    String headerAndFooter = Integer.toString(Units.TWIPS_PER_CM);
    xml.start("w:sectPr");
    xml.empty("w:footerReference").attribute("w:type", "default").attribute("r:id", footerId);
    xml.empty("w:pgSz").attribute("w:w", document.settings().pageWidth())
        .attribute("w:h", document.settings().pageHeight());
    xml.empty("w:pgMar").attribute("w:top", margin).attribute("w:bottom", margin).attribute("w:left", margin)
        .attribute("w:right", margin).attribute("w:header", headerAndFooter).attribute("w:footer", headerAndFooter)
        .attribute("w:gutter", "0");
    xml.end();
  }
}
