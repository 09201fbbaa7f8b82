package org.safeguarding.bulletin.render.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.safeguarding.bulletin.internal.Quote;
import org.safeguarding.bulletin.internal.json.TextValues;
import org.safeguarding.bulletin.internal.json.TreeWriter;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.validate.Problem;
import org.safeguarding.bulletin.validate.ProblemCode;

/**
 * Finds the combining marks that the PDF would draw on the wrong letter. The model holds its text in
 * NFC, so a letter and a mark that have a precomposed letter ({@code e} + U+0301, {@code é}) are
 * already one character; a mark that is still there has none ({@code q} + U+0301). The PDF engine
 * draws a mark as a glyph of its own after its letter, without the font's mark positioning, so
 * such a mark lands between the letters or over the next one, and is refused.
 */
final class CombiningMarks {
  private CombiningMarks() {}

  /**
   * One problem ({@code unsupported-combining-mark}) for each combining mark in {@code bulletin}'s
   * text, at the path of the first text that has it, quoting the letter it belongs to. Marks of a
   * script the PDF refuses as a whole (see {@link FontCoverage#SIMPLE_SCRIPTS}) are left to that
   * problem. Marks on a letter of a script the PDF joins ({@link FontCoverage#SHAPED_SCRIPTS}, such
   * as a tanwin or a shadda on an Arabic letter) are drawn over it, as the reorderer draws them just
   * before their letter and the font's marks reach over the letter drawn next.
   */
  static List<Problem> problems(Bulletin bulletin) {
    List<Problem> problems = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    TextValues.each(TreeWriter.write(bulletin), (path, text) -> {
      int letter = 0;
      for (int i = 0; i < text.length(); ) {
        int codePoint = text.codePointAt(i);
        if (!isMark(codePoint)) {
          letter = i;
        } else if (drawnAlone(codePoint) && !FontCoverage.SHAPED_SCRIPTS.contains(Character.UnicodeScript.of(text.codePointAt(letter)))
            && seen.add(codePoint)) {
          String cluster = text.substring(letter, i + Character.charCount(codePoint));
          problems.add(Problem.error(path, ProblemCode.UNSUPPORTED_COMBINING_MARK, String.format(
              "the PDF cannot draw U+%04X %s over its letter in %s: no precomposed letter has it, and this PDF"
                  + " engine would draw it beside the letter; type a letter that has the mark built in, or"
                  + " render this bulletin as HTML or DOCX", codePoint, Character.getName(codePoint),
              Quote.of(cluster))));
        }
        i += Character.charCount(codePoint);
      }
    });
    return problems;
  }

  private static boolean isMark(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /** Whether the mark is not part of a script that the PDF refuses whole. */
  private static boolean drawnAlone(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.INHERITED || script == Character.UnicodeScript.COMMON
        || FontCoverage.SIMPLE_SCRIPTS.contains(script);
  }
}
