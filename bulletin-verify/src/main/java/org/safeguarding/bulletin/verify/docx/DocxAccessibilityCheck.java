package org.safeguarding.bulletin.verify.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The checks Word's Accessibility Checker and the Easy Read rules make of a DOCX file, done on its
 * XML (standards.md, section 8, "DOCX" and "Easy Read"). Each problem is one line of the result.
 */
public final class DocxAccessibilityCheck {
  private static final String DOC = "word/document.xml";
  private static final String STYLES = "word/styles.xml";
  private static final Pattern FILE_NAME = Pattern.compile("(?i).*\\.(png|jpe?g|gif|svg|emf|wmf)$");
  private static final int MIN_HALF_POINTS = 28;

  private final DocxParts parts;
  private final List<String> problems = new ArrayList<>();

  private DocxAccessibilityCheck(byte[] docx) {
    this.parts = new DocxParts(docx);
  }

  /** Every problem found in {@code docx}, given the title and language it should declare. */
  public static List<String> problems(byte[] docx, String title, String language) {
    return check(docx, title, language);
  }

  /**
   * Every problem found in {@code docx} from the file alone: it must declare a title and a default
   * language, whichever they are.
   */
  public static List<String> problems(byte[] docx) {
    return check(docx, null, null);
  }

  private static List<String> check(byte[] docx, @Nullable String title, @Nullable String language) {
    DocxAccessibilityCheck check = new DocxAccessibilityCheck(docx);
    check.properties(title);
    check.defaults(language);
    check.headings();
    check.pictures();
    check.runs();
    check.paragraphs();
    check.tables();
    return List.copyOf(check.problems);
  }

  private void properties(@Nullable String title) {
    String found = parts.text(parts.document("docProps/core.xml"), "//dc:title");
    if (title == null ? found.isBlank() : !found.equals(title)) {
      problems.add("core.xml dc:title: expected " + (title == null ? "a title" : "'" + title + "'")
          + ", found '" + found + "'");
    }
  }

  private void defaults(@Nullable String language) {
    Document styles = parts.document(STYLES);
    String lang = parts.text(styles, "//w:docDefaults/w:rPrDefault/w:rPr/w:lang/@w:val");
    if (language == null ? lang.isBlank() : !lang.equals(language)) {
      problems.add("docDefaults w:lang: expected " + (language == null ? "a language" : language)
          + ", found '" + lang + "'");
    }
    String size = parts.text(styles, "//w:docDefaults/w:rPrDefault/w:rPr/w:sz/@w:val");
    if (size.isEmpty() || Integer.parseInt(size) < MIN_HALF_POINTS) {
      problems.add("docDefaults w:sz: expected at least 28 half-points (14 pt), found '" + size + "'");
    }
    for (String part : List.of(STYLES, DOC)) {
      parts.select(part, "//w:i | //w:iCs").forEach(e -> problems.add(part + ": italic text"));
      parts.select(part, "//w:jc[@w:val='both' or @w:val='distribute']")
          .forEach(e -> problems.add(part + ": justified text"));
      parts.select(part, "//w:caps | //w:smallCaps").forEach(e -> problems.add(part + ": capitals for emphasis"));
    }
    parts.select(STYLES, "//w:style[w:rPr/w:u and @w:styleId!='Hyperlink']")
        .forEach(s -> problems.add("style " + s.getAttributeNS(DocxParts.NAMESPACES.get("w"), "styleId") + " underlines"));
  }

  private void headings() {
    Map<String, Integer> levels = new HashMap<>();
    for (Element style : parts.select(STYLES, "//w:style[@w:type='paragraph']")) {
      String name = parts.text(style, "w:name/@w:val");
      String outline = parts.text(style, "w:pPr/w:outlineLvl/@w:val");
      if (name.matches("heading [1-9]")) {
        int level = Integer.parseInt(name.substring(8));
        if (!outline.equals(Integer.toString(level - 1))) {
          problems.add("style '" + name + "': expected outlineLvl " + (level - 1) + ", found '" + outline + "'");
        }
        levels.put(parts.text(style, "@w:styleId"), level);
      }
    }
    int previous = 0;
    for (Element p : parts.select(DOC, "//w:body//w:p[w:pPr/w:pStyle]")) {
      Integer level = levels.get(parts.text(p, "w:pPr/w:pStyle/@w:val"));
      if (level == null) {
        continue;
      }
      if (level > previous + 1) {
        problems.add("heading '" + parts.text(p, "string(.)") + "': level " + level + " after level " + previous);
      }
      previous = level;
    }
    if (previous == 0) {
      problems.add("no heading with a 'heading N' style");
    }
  }

  private void pictures() {
    parts.select(DOC, "//wp:anchor").forEach(e -> problems.add("floating picture (wp:anchor)"));
    for (Element docPr : parts.select(DOC, "//wp:docPr | //pic:cNvPr")) {
      String descr = docPr.getAttribute("descr");
      if (descr.isBlank() || FILE_NAME.matcher(descr).matches() || descr.equals(docPr.getAttribute("name"))) {
        problems.add(docPr.getLocalName() + " " + docPr.getAttribute("id") + ": alt text '" + descr + "'");
      }
    }
  }

  private void runs() {
    for (String part : parts.names()) {
      if (!part.matches("word/(document|footer\\d*)\\.xml")) {
        continue;
      }
      for (Element run : parts.select(part, "//w:r[w:t]")) {
        String text = parts.text(run, "string(w:t)");
        String size = parts.text(run, "w:rPr/w:sz/@w:val");
        if (!size.isEmpty() && Integer.parseInt(size) < MIN_HALF_POINTS) {
          problems.add(part + ": text '" + text + "' smaller than 14 pt");
        }
        if (parts.text(run, "w:rPr/w:lang/@w:val").isEmpty()) {
          problems.add(part + ": text '" + text + "' has no w:lang");
        }
        if (!parts.select(run, "w:rPr/w:u").isEmpty() && !"hyperlink".equals(run.getParentNode().getLocalName())) {
          problems.add(part + ": underlined text that is not a link: '" + text + "'");
        }
        if (text.contains("   ")) {
          problems.add(part + ": three spaces in a row in '" + text + "'");
        }
      }
    }
  }

  private void paragraphs() {
    for (Element p : parts.select(DOC, "//w:body//w:p")) {
      boolean hasText = !parts.text(p, "string(.)").isBlank();
      boolean hasPicture = !parts.select(p, ".//w:drawing").isEmpty();
      if (!hasText && !hasPicture) {
        problems.add("empty paragraph (spacing must come from paragraph spacing)");
      }
    }
  }

  private void tables() {
    for (Element table : parts.select(DOC, "//w:tbl")) {
      String caption = parts.text(table, "w:tblPr/w:tblCaption/@w:val");
      String description = parts.text(table, "w:tblPr/w:tblDescription/@w:val");
      boolean layout = description.toLowerCase().contains("layout") && !caption.isBlank();
      boolean header = !parts.select(table, "w:tr[1]/w:trPr/w:tblHeader").isEmpty();
      if (!layout && !header) {
        problems.add("table is neither a marked layout table nor has a header row");
      }
      if (layout && !parts.select(table, ".//w:tblHeader").isEmpty()) {
        problems.add("layout table with a header row");
      }
      if (!parts.select(table, ".//w:gridSpan | .//w:vMerge | .//w:hMerge").isEmpty()) {
        problems.add("table with merged cells");
      }
    }
  }
}
