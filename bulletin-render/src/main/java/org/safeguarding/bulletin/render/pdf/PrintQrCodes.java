package org.safeguarding.bulletin.render.pdf;

import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.safeguarding.bulletin.render.internal.QrCode;
import org.safeguarding.bulletin.wording.Word;
import org.safeguarding.bulletin.wording.Wording;

/**
 * QR codes beside the web links of the print page's sections, contacts included: on paper a link
 * cannot be followed, so each {@code http:} or {@code https:} address gets a QR code with the
 * address printed beside it. Each code is a picture whose alternative text names the address ("QR
 * code for https://…"), so that the PDF tags it as a Figure with that text; each address once per
 * paragraph, list item or contact, after it. Phone and email links get none.
 */
final class PrintQrCodes {
  /** The side of a code in the page's CSS pixels, 20 mm (the engine sizes a picture by these over the style sheet). */
  private static final String SIDE = "76";

  private PrintQrCodes() {}

  /** The QR code of {@code address} as a {@code data:} address of its PNG. */
  private static String dataAddress(String address) {
    return "data:image/png;base64," + Base64.getEncoder().encodeToString(QrCode.png(address));
  }

  /** Adds the QR codes to {@code page}, their alternative texts in {@code wording}. */
  static void add(Document page, Wording wording) {
    Map<Element, Set<String>> byBlock = new LinkedHashMap<>();
    for (Element link : page.select("section.section a[href]")) {
      String address = link.attr("href");
      if (QrCode.isWebAddress(address)) {
        Element block = link.closest(".contact");
        if (block == null) {
          block = link.closest("p, li, dd");
        }
        if (block != null) {
          byBlock.computeIfAbsent(block, b -> new LinkedHashSet<>()).add(address);
        }
      }
    }
    // An address used in several places (a partnership's website) is drawn once a page.
    Map<String, String> pictures = new HashMap<>();
    byBlock.forEach((block, addresses) -> {
      Element codes = new Element("div").addClass("qr-codes");
      for (String address : addresses) {
        Element code = codes.appendElement("div").attr("class", "qr");
        code.appendElement("img").attr("class", "qr__code")
            .attr("src", pictures.computeIfAbsent(address, PrintQrCodes::dataAddress))
            .attr("alt", wording.get(Word.QR_CODE, address)).attr("width", SIDE).attr("height", SIDE);
        code.appendElement("p").attr("class", "qr__address").attr("dir", "ltr").text(address);
      }
      if (block.is("p")) {
        block.after(codes);
      } else {
        block.appendChild(codes);
      }
    });
  }
}
