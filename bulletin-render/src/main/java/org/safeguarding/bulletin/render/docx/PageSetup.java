package org.safeguarding.bulletin.render.docx;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.safeguarding.bulletin.wording.Word;

/** Pages of the options' paper (A4 by default) with wide margins, and the page number in every page's footer. */
final class PageSetup {
  private PageSetup() {}

  /** Sets the page size and margins, and adds the footer. */
  static void write(EasyReadDocument document) {
    XWPFDocument doc = document.doc();
    CTSectPr section = doc.getDocument().getBody().isSetSectPr()
        ? doc.getDocument().getBody().getSectPr()
        : doc.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(document.settings().pageWidth()));
    size.setH(BigInteger.valueOf(document.settings().pageHeight()));
    CTPageMar margins = section.addNewPgMar();
    BigInteger margin = BigInteger.valueOf(Units.MARGIN);
    margins.setTop(margin);
    margins.setBottom(margin);
    margins.setLeft(margin);
    margins.setRight(margin);
    margins.setHeader(BigInteger.valueOf(Units.TWIPS_PER_CM));
    margins.setFooter(BigInteger.valueOf(Units.TWIPS_PER_CM));
    margins.setGutter(BigInteger.ZERO);
    footer(document, doc.createFooter(HeaderFooterType.DEFAULT));
  }

  /** "Page 3", the number a field that Word and LibreOffice fill in. */
  private static void footer(EasyReadDocument document, XWPFFooter footer) {
    XWPFParagraph paragraph = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    paragraph.setSpacingAfter(0);
    document.runs(paragraph, document.labelLanguage()).plain(document.wording().get(Word.PAGE) + " ");
    CTSimpleField field = paragraph.getCTP().addNewFldSimple();
    field.setInstr(" PAGE ");
    CTR number = field.addNewR();
    number.addNewRPr().addNewLang().setVal(document.labelLanguage());
    number.addNewT().setStringValue("1");
  }
}
