package org.safeguarding.bulletin.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF back with PDFBox: its text, drawn and tagged, its structure tree as a flat list and its
 * tagged links.
 */
final class PdfStructure {
  private PdfStructure() {}

  /** A tagged element: its standard structure type and its /Alt, if any. */
  record Tag(String type, String alt) {}

  static PDDocument load(byte[] pdf) {
    try {
      return Loader.loadPDF(pdf);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text of every page, in the order it is drawn. */
  static String text(PDDocument pdf) throws IOException {
    return new PDFTextStripper().getText(pdf);
  }

  /**
   * The text of the tagged content in the structure tree's order, which is the order a screen
   * reader reads it (the pages draw some runs of a line out of order); artifacts are left out.
   */
  static String taggedText(PDDocument pdf) throws IOException {
    StringBuilder text = new StringBuilder();
    appendTagged(pdf.getDocumentCatalog().getStructureTreeRoot(), null, markedTexts(pdf), text);
    return text.toString();
  }

  /** The tagged text of every structure element of {@code type} (such as "P"), in the tree's order. */
  static List<String> taggedTexts(PDDocument pdf, String type) throws IOException {
    Map<PDPage, Map<Integer, String>> byPage = markedTexts(pdf);
    List<String> texts = new ArrayList<>();
    findTexts(pdf.getDocumentCatalog().getStructureTreeRoot(), null, type, byPage, texts);
    return texts;
  }

  private static void findTexts(PDStructureNode node, PDPage page, String type,
      Map<PDPage, Map<Integer, String>> byPage, List<String> texts) {
    PDPage here = node instanceof PDStructureElement e && e.getPage() != null ? e.getPage() : page;
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        if (element.getStructureType().equals(type)) {
          StringBuilder text = new StringBuilder();
          appendTagged(element, here, byPage, text);
          texts.add(text.toString());
        }
        findTexts(element, here, type, byPage, texts);
      }
    }
  }

  /** The text of each marked content sequence, by page and MCID. */
  private static Map<PDPage, Map<Integer, String>> markedTexts(PDDocument pdf) throws IOException {
    Map<PDPage, Map<Integer, String>> byPage = new HashMap<>();
    for (PDPage page : pdf.getPages()) {
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      Map<Integer, String> texts = new HashMap<>();
      extractor.getMarkedContents().forEach(mc -> collect(mc, texts));
      byPage.put(page, texts);
    }
    return byPage;
  }

  private static void collect(PDMarkedContent content, Map<Integer, String> texts) {
    StringBuilder text = new StringBuilder();
    for (Object item : content.getContents()) {
      if (item instanceof TextPosition position) {
        text.append(position.getUnicode());
      } else if (item instanceof PDMarkedContent nested) {
        collect(nested, texts);
      }
    }
    if (content.getMCID() >= 0) {
      texts.merge(content.getMCID(), text.toString(), String::concat);
    }
  }

  /** The text of {@code node}'s content, or the /ActualText of an element that has one, as a screen reader reads it. */
  private static void appendTagged(PDStructureNode node, PDPage page, Map<PDPage, Map<Integer, String>> byPage,
      StringBuilder text) {
    PDPage here = node instanceof PDStructureElement e && e.getPage() != null ? e.getPage() : page;
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element && element.getActualText() != null) {
        text.append(element.getActualText()).append(' ');
      } else if (kid instanceof PDStructureElement element) {
        appendTagged(element, here, byPage, text);
      } else if (kid instanceof Integer mcid) {
        text.append(byPage.get(here).getOrDefault(mcid, "")).append(' ');
      } else if (kid instanceof PDMarkedContentReference ref) {
        PDPage on = ref.getPage() != null ? ref.getPage() : here;
        text.append(byPage.get(on).getOrDefault(ref.getMCID(), "")).append(' ');
      }
    }
  }

  /**
   * The structure tree as an indented outline, one element a line: its type, its /Alt if any, and
   * the text of the content it marks directly, in the tree's order; for golden files.
   */
  static String outline(PDDocument pdf) throws IOException {
    StringBuilder out = new StringBuilder();
    outline(pdf.getDocumentCatalog().getStructureTreeRoot(), null, markedTexts(pdf), 0, out);
    return out.toString();
  }

  private static void outline(PDStructureNode node, PDPage page, Map<PDPage, Map<Integer, String>> byPage, int depth,
      StringBuilder out) {
    PDPage here = node instanceof PDStructureElement e && e.getPage() != null ? e.getPage() : page;
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        PDPage on = element.getPage() != null ? element.getPage() : here;
        StringBuilder own = new StringBuilder();
        for (Object part : element.getKids()) {
          if (part instanceof Integer mcid) {
            own.append(byPage.get(on).getOrDefault(mcid, ""));
          } else if (part instanceof PDMarkedContentReference ref) {
            own.append(byPage.get(ref.getPage() != null ? ref.getPage() : on).getOrDefault(ref.getMCID(), ""));
          }
        }
        out.append("  ".repeat(depth)).append(element.getStructureType());
        if (element.getAlternateDescription() != null) {
          out.append(" [alt: ").append(element.getAlternateDescription()).append(']');
        }
        if (own.length() > 0) {
          out.append(": ").append(own.toString().strip());
        }
        out.append('\n');
        outline(element, on, byPage, depth + 1, out);
      }
    }
  }

  /** Every structure element, depth first, in the tree's order. */
  static List<Tag> tags(PDDocument pdf) {
    List<Tag> tags = new ArrayList<>();
    walk(pdf.getDocumentCatalog().getStructureTreeRoot(), tags);
    return tags;
  }

  private static void walk(PDStructureNode node, List<Tag> tags) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        tags.add(new Tag(element.getStructureType(), element.getAlternateDescription()));
        walk(element, tags);
      }
    }
  }

  /**
   * A piece of marked content in the tags' order: its page (from 0), and whether a heading (H, H1
   * to H6) or a Figure holds it.
   */
  record Marked(int page, boolean inHeading, boolean inFigure) {}

  /** Every piece of marked content that the structure tree holds, in the tree's order. */
  static List<Marked> markedInOrder(PDDocument pdf) {
    List<Marked> marked = new ArrayList<>();
    marked(pdf, pdf.getDocumentCatalog().getStructureTreeRoot(), null, false, false, marked);
    return marked;
  }

  private static void marked(PDDocument pdf, PDStructureNode node, PDPage page, boolean inHeading, boolean inFigure,
      List<Marked> marked) {
    PDPage here = node instanceof PDStructureElement e && e.getPage() != null ? e.getPage() : page;
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        String type = element.getStructureType();
        marked(pdf, element, here, inHeading || type.matches("H[1-6]?"), inFigure || type.equals("Figure"), marked);
      } else if (kid instanceof Integer) {
        marked.add(new Marked(pdf.getPages().indexOf(here), inHeading, inFigure));
      } else if (kid instanceof PDMarkedContentReference ref) {
        PDPage on = ref.getPage() != null ? ref.getPage() : here;
        marked.add(new Marked(pdf.getPages().indexOf(on), inHeading, inFigure));
      }
    }
  }

  /**
   * The pages (from 1) on which a heading is the last thing: the first text that the tags read
   * after the heading's (a picture beside it aside) is on a later page.
   */
  static List<Integer> headingsLastOnAPage(PDDocument pdf) {
    List<Marked> marked = markedInOrder(pdf);
    List<Integer> pages = new ArrayList<>();
    for (int i = 0; i < marked.size(); i++) {
      int heading = marked.get(i).page();
      if (marked.get(i).inHeading() && marked.subList(i + 1, marked.size()).stream()
          .filter(m -> !m.inHeading() && !m.inFigure()).findFirst().filter(next -> next.page() != heading).isPresent()) {
        pages.add(heading + 1);
      }
    }
    return pages;
  }

  /** A link annotation that a {@code Link} structure element holds: its URI and its /Contents. */
  record Link(String uri, String contents) {}

  /**
   * Every link annotation that a {@code Link} structure element holds, in the tree's order; the URI
   * is empty for a link within the document.
   */
  static List<Link> taggedLinks(PDDocument pdf) {
    List<Link> links = new ArrayList<>();
    findLinks(pdf.getDocumentCatalog().getStructureTreeRoot(), false, links);
    return links;
  }

  private static void findLinks(PDStructureNode node, boolean inLink, List<Link> links) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        findLinks(element, element.getStructureType().equals("Link"), links);
      } else if (inLink && kid instanceof PDObjectReference reference
          && reference.getReferencedObject() instanceof PDAnnotationLink link) {
        String uri = link.getAction() instanceof PDActionURI action ? action.getURI() : "";
        links.add(new Link(uri, link.getContents()));
      }
    }
  }

  /** Where a text is drawn: its page (from 1) and its first glyph's x and baseline y, in points. */
  record Placed(int page, float x, float y) {}

  /**
   * Where {@code text} is first drawn after {@code after} (which may be empty), each read line by
   * line down the pages (not in the order the pages draw them: floats are drawn first), with the
   * spaces left out.
   */
  static Placed find(PDDocument pdf, String after, String text) throws IOException {
    List<TextPosition> glyphs = new ArrayList<>();
    List<Integer> pages = new ArrayList<>();
    StringBuilder letters = new StringBuilder();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void writeString(String string, List<TextPosition> positions) {
        for (TextPosition position : positions) {
          for (char letter : position.getUnicode().toCharArray()) {
            if (!Character.isWhitespace(letter)) {
              letters.append(letter);
              glyphs.add(position);
              pages.add(getCurrentPageNo());
            }
          }
        }
      }
    };
    stripper.setSortByPosition(true);
    stripper.getText(pdf);
    int from = letters.indexOf(squeezed(after));
    int found = from < 0 ? -1 : letters.indexOf(squeezed(text), from + squeezed(after).length());
    if (found < 0) {
      throw new AssertionError("'" + text + "' is not drawn after '" + after + "'");
    }
    TextPosition first = glyphs.get(found);
    return new Placed(pages.get(found), first.getXDirAdj(), first.getYDirAdj());
  }

  /** The x of the right edge of the rightmost glyph on any page, in points. */
  static float rightmostGlyph(PDDocument pdf) throws IOException {
    float[] max = {0};
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition text) {
        max[0] = Math.max(max[0], text.getXDirAdj() + text.getWidthDirAdj());
      }
    };
    stripper.getText(pdf);
    return max[0];
  }

  /**
   * The glyphs drawn that stand for more than one letter, such as the ligature "ﬁ" (U+FB01), as their
   * text: any glyph whose text is not what Unicode's compatibility normalisation (NFKC) makes of it.
   */
  static List<String> ligatures(PDDocument pdf) throws IOException {
    List<String> found = new ArrayList<>();
    PDFTextStripper stripper = new PDFTextStripper() {
      @Override
      protected void processTextPosition(TextPosition text) {
        if (!Normalizer.isNormalized(text.getUnicode(), Normalizer.Form.NFKC)) {
          found.add(text.getUnicode());
        }
      }
    };
    stripper.getText(pdf);
    return found;
  }

  /** {@code text} without any white space, so that line breaks inside long words do not matter. */
  static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }
}
