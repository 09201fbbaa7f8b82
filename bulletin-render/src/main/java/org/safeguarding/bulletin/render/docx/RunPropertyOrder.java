package org.safeguarding.bulletin.render.docx;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlObject;
import org.w3c.dom.Node;

/**
 * Puts the children of every run's properties ({@code w:rPr}) in the order the WordprocessingML
 * schema gives them (ECMA-376 Part 1, 17.3.2.28, {@code EG_RPrBase}). POI and XMLBeans add them in
 * the order they are set (language, then bold, then size), which Word's stricter readers refuse as
 * invalid; so the renderer sets them as it likes and this orders them once, before the document is
 * written.
 */
final class RunPropertyOrder {
  /** The schema's order of run properties, by local name. */
  private static final List<String> ORDER = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps",
      "strike", "dstrike", "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
      "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
      "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath");

  private RunPropertyOrder() {}

  /** Orders the run properties of every run in {@code doc}'s body. */
  static void apply(XWPFDocument doc) {
    XmlObject[] properties = doc.getDocument().selectPath(
        "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:r/w:rPr");
    for (XmlObject rPr : properties) {
      order(rPr.getDomNode());
    }
  }

  private static void order(Node rPr) {
    List<Node> children = new ArrayList<>();
    for (Node child = rPr.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child.getNodeType() == Node.ELEMENT_NODE) {
        children.add(child);
      }
    }
    List<Node> sorted = new ArrayList<>(children);
    sorted.sort(Comparator.comparingInt(RunPropertyOrder::rank));
    if (sorted.equals(children)) {
      return;
    }
    for (Node child : children) {
      rPr.removeChild(child);
    }
    for (Node child : sorted) {
      rPr.appendChild(child);
    }
  }

  private static int rank(Node child) {
    int rank = ORDER.indexOf(child.getLocalName());
    return rank < 0 ? ORDER.size() : rank;
  }
}
