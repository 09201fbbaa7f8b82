package org.safeguarding.bulletin.render.docx;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.safeguarding.bulletin.render.internal.QrCode;
import org.safeguarding.bulletin.wording.Word;

/**
 * QR codes under the web links of a cell (an Easy Read point or a contact), when the settings ask
 * for them: each {@code http:} or {@code https:} address the cell links to, once, as a 3 cm
 * picture whose alternative text names it ("QR code for https://…"), with the address written
 * under it.
 */
final class DocxQrCodes {
  private DocxQrCodes() {}

  /** Adds the codes of the web links written in {@code cell}, after its words. */
  static void add(EasyReadDocument document, XWPFTableCell cell) {
    if (!document.settings().qrCodes()) {
      return;
    }
    Set<String> addresses = new LinkedHashSet<>();
    for (XWPFParagraph paragraph : cell.getParagraphs()) {
      for (XWPFRun run : paragraph.getRuns()) {
        XWPFHyperlink link = run instanceof XWPFHyperlinkRun h ? h.getHyperlink(document.doc()) : null;
        if (link != null && QrCode.isWebAddress(link.getURL())) {
          addresses.add(link.getURL());
        }
      }
    }
    for (String address : addresses) {
      XWPFParagraph code = document.paragraph(cell);
      code.setSpacingBefore(120);
      code.setSpacingAfter(0);
      document.pictures().placeQrCode(code.createRun(), address,
          document.wording().get(Word.QR_CODE, address));
      XWPFParagraph written = document.paragraph(cell);
      document.runs(written, document.language()).plain(address);
    }
  }
}
