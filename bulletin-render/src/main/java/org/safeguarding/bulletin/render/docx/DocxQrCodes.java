package org.safeguarding.bulletin.render.docx;

import org.safeguarding.bulletin.wording.Word;

/**
 * QR codes under the web links of a cell (an Easy Read point or a contact), when the settings ask
 * for them: each {@code http:} or {@code https:} address the cell links to, once, as a 3 cm
 * picture whose alternative text names it ("QR code for https://…"), with the address written
 * under it.
 */
final class DocxQrCodes {
  private static final ParagraphFormat CODE = ParagraphFormat.spaceAfter(0).withSpaceBefore(120);

  private DocxQrCodes() {}

  /** Adds the codes of the web links written in the cell being written, after its words. */
  static void add(EasyReadDocument document) {
    if (!document.settings().qrCodes()) {
      return;
    }
    for (String address : document.cellWebLinks()) {
      document.paragraph(CODE, () -> document.pictures().placeQrCode(address,
          document.wording().get(Word.QR_CODE, address)));
      document.paragraph(ParagraphFormat.PLAIN, () -> document.runs(document.language()).plain(address));
    }
  }
}
