package org.safeguarding.bulletin.render.pdf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.safeguarding.bulletin.internal.json.TextValues;
import org.safeguarding.bulletin.internal.json.TreeWriter;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.validate.Problem;

/**
 * Checks, before layout, that every character of a page can be shown by the font families, so that
 * nothing is printed as a box or silently dropped. A character passes if, for each of the four
 * faces, some family has a glyph for it, since bold or italic text may need any face.
 */
final class FontCoverage {
  private final List<PdfFontFamily> families;

  FontCoverage(List<PdfFontFamily> families) {
    this.families = List.copyOf(families);
  }

  /**
   * Checks the text of {@code page}, and returns the families it needs, in order: the first family,
   * and each other family only if a character needs it. A family the page does not need is not
   * loaded for it, which saves parsing a large fallback font for every document.
   *
   * @throws UnsupportedTextException naming every character no family can show
   */
  List<PdfFontFamily> familiesFor(Document page) {
    Set<Integer> missing = new LinkedHashSet<>();
    Set<PdfFontFamily> needed = new LinkedHashSet<>(families.subList(0, 1));
    Set<Integer> seen = new java.util.HashSet<>();
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode text) {
        text.getWholeText().codePoints().filter(cp -> !invisible(cp) && seen.add(cp)).forEach(cp -> {
          if (!shown(cp)) {
            missing.add(cp);
          } else {
            for (FontFace face : FontFace.values()) {
              families.stream().filter(f -> f.covers(face, cp)).findFirst().ifPresent(needed::add);
            }
          }
        });
      }
    }, page);
    if (!missing.isEmpty()) {
      List<String> names = new ArrayList<>();
      families.forEach(f -> names.add(f.name()));
      throw new UnsupportedTextException(List.copyOf(missing), names);
    }
    return families.stream().filter(needed::contains).toList();
  }

  /**
   * A problem for each character of {@code bulletin}'s text that no family can show, at the path of
   * the first text that has it.
   */
  List<Problem> problems(Bulletin bulletin) {
    Map<Integer, String> missing = new LinkedHashMap<>();
    TextValues.each(TreeWriter.write(bulletin), (path, text) -> text.codePoints()
        .filter(cp -> !invisible(cp) && !missing.containsKey(cp) && !shown(cp))
        .forEach(cp -> missing.put(cp, path)));
    List<String> names = families.stream().map(PdfFontFamily::name).toList();
    List<Problem> problems = new ArrayList<>();
    missing.forEach((codePoint, path) -> problems.add(Problem.error(path, "unsupported-character",
        String.format("no font of the PDF can show U+%04X '%s' (tried %s)", codePoint,
            new String(Character.toChars(codePoint)), String.join(", ", names)))));
    return problems;
  }

  private boolean shown(int codePoint) {
    for (FontFace face : FontFace.values()) {
      if (families.stream().noneMatch(f -> f.covers(face, codePoint))) {
        return false;
      }
    }
    return true;
  }

  /** White space, controls and format characters (such as a soft hyphen) need no glyph. */
  private static boolean invisible(int codePoint) {
    int type = Character.getType(codePoint);
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
        || type == Character.CONTROL || type == Character.FORMAT;
  }
}
