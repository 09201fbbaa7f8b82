package org.safeguarding.bulletin.render.pdf;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.safeguarding.bulletin.internal.Quote;
import org.safeguarding.bulletin.internal.json.TextValues;
import org.safeguarding.bulletin.internal.json.TreeWriter;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.validate.Problem;
import org.safeguarding.bulletin.validate.ProblemCode;

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
   * What {@code page} needs: the families, in order (the first family, and each other family only if
   * a character needs it; a family the page does not need is not loaded for it, which saves parsing
   * a large fallback font for every document), and whether it has text written right to left, which
   * the engine then splits into runs of one direction, joins and reorders.
   *
   * @throws UnsupportedTextException naming every character no family can show
   */
  PageNeeds needsOf(Document page) {
    Set<Integer> missing = new LinkedHashSet<>();
    Set<PdfFontFamily> needed = new LinkedHashSet<>(families.subList(0, 1));
    Set<Integer> seen = new HashSet<>();
    boolean[] rightToLeft = {false};
    NodeTraversor.traverse((node, depth) -> {
      if (node instanceof TextNode text) {
        String whole = text.getWholeText();
        whole.codePoints().filter(cp -> !invisible(cp) && seen.add(cp)).forEach(cp -> {
          rightToLeft[0] |= rightToLeft(cp);
          if (!shown(cp)) {
            missing.add(cp);
          } else {
            neededFor(cp, needed);
          }
        });
        if (rightToLeft[0]) {
          // The engine draws the joined forms, which the families must have too.
          ArabicShaper.shape(whole).codePoints().filter(cp -> seen.add(cp)).forEach(cp -> {
            if (!shown(cp)) {
              missing.add(cp);
            } else {
              neededFor(cp, needed);
            }
          });
        }
      }
    }, page);
    if (!missing.isEmpty()) {
      List<String> names = new ArrayList<>();
      families.forEach(f -> names.add(f.name()));
      throw new UnsupportedTextException(List.copyOf(missing), names);
    }
    return new PageNeeds(families.stream().filter(needed::contains).toList(), rightToLeft[0]);
  }

  /**
   * The font families a page needs, in order, and whether it has text written right to left.
   *
   * @param families the families, first choice first
   * @param rightToLeft whether some text is written right to left
   */
  record PageNeeds(List<PdfFontFamily> families, boolean rightToLeft) {}

  private void neededFor(int codePoint, Set<PdfFontFamily> needed) {
    for (FontFace face : FontFace.values()) {
      families.stream().filter(f -> f.covers(face, codePoint)).findFirst().ifPresent(needed::add);
    }
  }

  /**
   * The problems that keep {@code bulletin}'s text from being shown correctly, each at the path of
   * the first text that has it:
   *
   * <ul>
   *   <li>one per script that this engine cannot lay out ({@code unsupported-script}): a script
   *       written right to left or one that is not in {@link #SIMPLE_SCRIPTS}, whatever the fonts
   *       have, since the engine is not set up to reorder or shape text (see {@link
   *       #SIMPLE_SCRIPTS});
   *   <li>one per script of which some character is in no family ({@code unsupported-script}),
   *       naming the first such character;
   *   <li>one per character with no script of its own (common punctuation and symbols, combining
   *       marks, private-use and unassigned characters) that no family can show ({@code
   *       unsupported-character}).
   * </ul>
   */
  List<Problem> problems(Bulletin bulletin) {
    Map<Character.UnicodeScript, ScriptUse> scripts = new LinkedHashMap<>();
    Map<Integer, String> missingWithoutScript = new LinkedHashMap<>();
    List<Object> order = new ArrayList<>();
    Set<Integer> seen = new HashSet<>();
    TextValues.each(TreeWriter.write(bulletin), (path, text) -> {
      text.codePoints()
        .filter(cp -> !invisible(cp) && seen.add(cp))
        .forEach(cp -> {
          Character.UnicodeScript script = Character.UnicodeScript.of(cp);
          if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED
              || script == Character.UnicodeScript.UNKNOWN) {
            if (!shown(cp)) {
              missingWithoutScript.put(cp, path);
              order.add(cp);
            }
            return;
          }
          ScriptUse use = scripts.computeIfAbsent(script, s -> {
            ScriptUse created = new ScriptUse(s, path);
            order.add(created);
            return created;
          });
          use.add(cp, shown(cp));
        });
      ScriptUse arabic = scripts.get(Character.UnicodeScript.ARABIC);
      if (arabic != null) {
        arabic.addShaped(path, text);
      }
    });
    String tried = String.join(", ", families.stream().map(PdfFontFamily::name).toList());
    List<Problem> problems = new ArrayList<>();
    for (Object item : order) {
      if (item instanceof ScriptUse use) {
        use.problem(tried).ifPresent(problems::add);
      } else {
        int codePoint = (Integer) item;
        problems.add(Problem.error(missingWithoutScript.get(codePoint), ProblemCode.UNSUPPORTED_CHARACTER,
            String.format("no font of the PDF can show %s (tried %s)", describe(codePoint), tried)));
      }
    }
    return problems;
  }

  /**
   * The scripts this engine shows correctly when a font has their characters: written left to
   * right, one glyph after another, with no joining, no reordering of vowel signs and no conjuncts.
   * The PDF engine (openhtmltopdf) has no glyph substitution or positioning of its own (no OpenType
   * shaping), so text in any other script, such as Devanagari, Bengali, Gurmukhi, Tamil, Sinhala,
   * Thai, Tibetan, Myanmar or Khmer, would be drawn with its vowel signs and conjuncts unshaped, and
   * is refused; so is a right-to-left script other than those in {@link #SHAPED_SCRIPTS} (Hebrew,
   * Syriac, Thaana, N'Ko ...), which this PDF has not been checked with.
   *
   * <p>Hangul is here for its precomposed syllables (U+AC00 to U+D7A3), which are what Korean text
   * uses; conjoining jamo would be drawn one after another.
   */
  static final Set<Character.UnicodeScript> SIMPLE_SCRIPTS = Set.of(
      Character.UnicodeScript.LATIN, Character.UnicodeScript.GREEK, Character.UnicodeScript.CYRILLIC,
      Character.UnicodeScript.ARMENIAN, Character.UnicodeScript.GEORGIAN, Character.UnicodeScript.ETHIOPIC,
      Character.UnicodeScript.CHEROKEE, Character.UnicodeScript.CANADIAN_ABORIGINAL,
      Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA, Character.UnicodeScript.KATAKANA,
      Character.UnicodeScript.BOPOMOFO, Character.UnicodeScript.HANGUL, Character.UnicodeScript.YI,
      Character.UnicodeScript.BRAILLE, Character.UnicodeScript.OGHAM, Character.UnicodeScript.RUNIC,
      Character.UnicodeScript.TIFINAGH, Character.UnicodeScript.VAI, Character.UnicodeScript.COPTIC,
      Character.UnicodeScript.GLAGOLITIC);

  /**
   * The scripts this engine shows correctly although they are written right to left and joined: it
   * splits text into runs of one direction ({@link IcuBidiSplitter}), joins the letters with their
   * presentation forms ({@link ArabicShaper}) and draws each right-to-left run reversed ({@link
   * ShapingReorderer}). A letter with no presentation form for its place is refused.
   */
  static final Set<Character.UnicodeScript> SHAPED_SCRIPTS = Set.of(Character.UnicodeScript.ARABIC);

  /** Right-to-left scripts whose letters join their neighbours, and so need shaping as well. */
  private static final Set<Character.UnicodeScript> JOINING_SCRIPTS = Set.of(
      Character.UnicodeScript.ARABIC, Character.UnicodeScript.SYRIAC, Character.UnicodeScript.NKO,
      Character.UnicodeScript.MANDAIC, Character.UnicodeScript.MANICHAEAN, Character.UnicodeScript.PSALTER_PAHLAVI,
      Character.UnicodeScript.HANIFI_ROHINGYA, Character.UnicodeScript.SOGDIAN, Character.UnicodeScript.ADLAM,
      Character.UnicodeScript.CHORASMIAN);

  /** The name of a script in English, such as "Arabic", "Han" or "N'Ko". */
  static String name(Character.UnicodeScript script) {
    return switch (script) {
      case NKO -> "N'Ko";
      case PHAGS_PA -> "Phags-pa";
      case CANADIAN_ABORIGINAL -> "Canadian Aboriginal syllabics";
      default -> {
        StringBuilder name = new StringBuilder();
        for (String word : script.name().split("_")) {
          name.append(name.length() == 0 ? "" : " ").append(word.charAt(0))
              .append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        yield name.toString();
      }
    };
  }

  /** The word of {@code text} (between spaces) that holds {@code codePoint}. */
  private static String word(String text, int codePoint) {
    int at = text.indexOf(Character.toString(codePoint));
    int start = at;
    while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
      start--;
    }
    int end = at;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  /** Whether the character is written right to left. */
  private static boolean rightToLeft(int codePoint) {
    byte direction = Character.getDirectionality(codePoint);
    return direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
        || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC;
  }

  private static String describe(int codePoint) {
    return String.format("U+%04X '%s'", codePoint, new String(Character.toChars(codePoint)));
  }

  /** How a bulletin uses one script: where first, whether right to left, which characters are missing. */
  private final class ScriptUse {
    private final Character.UnicodeScript script;
    private final String path;
    private boolean rightToLeft;
    private int firstMissing = -1;
    private boolean anyShown;
    private int unjoined = -1;
    private String unjoinedPath = "";
    private String unjoinedWord = "";

    ScriptUse(Character.UnicodeScript script, String path) {
      this.script = script;
      this.path = path;
    }

    /**
     * Checks that {@code text}, at {@code path}, can be drawn joined: every letter has the form its
     * place calls for, and a family has that form.
     */
    void addShaped(String path, String text) {
      if (unjoined >= 0) {
        return;
      }
      OptionalInt letter = ArabicShaper.firstUnshapeable(text);
      if (letter.isPresent()) {
        unjoined = letter.getAsInt();
        unjoinedPath = path;
        unjoinedWord = word(text, unjoined);
        return;
      }
      ArabicShaper.shape(text).codePoints().filter(cp -> !text.contains(Character.toString(cp)))
          .forEach(cp -> add(cp, shown(cp)));
    }

    void add(int codePoint, boolean shown) {
      rightToLeft |= rightToLeft(codePoint);
      if (shown) {
        anyShown = true;
      } else if (firstMissing < 0) {
        firstMissing = codePoint;
      }
    }

    Optional<Problem> problem(String tried) {
      String name = name(script);
      if (unjoined >= 0) {
        return Optional.of(Problem.error(unjoinedPath, ProblemCode.UNSUPPORTED_SCRIPT, String.format(
            "the PDF cannot show text in the %s script correctly: %s in %s would be drawn unjoined, as Unicode"
                + " has no joined form of it for where it stands, and this PDF engine joins letters with those forms;"
                + " render this bulletin as HTML or DOCX, which the reader's browser or word processor shows"
                + " correctly", name, describe(unjoined), Quote.of(unjoinedWord))));
      }
      if ((rightToLeft || !SIMPLE_SCRIPTS.contains(script)) && !SHAPED_SCRIPTS.contains(script)) {
        String why = !rightToLeft ? "this PDF engine draws one letter after another, without the shaping the script needs"
            : JOINING_SCRIPTS.contains(script) ? "its letters would be drawn unjoined and in the wrong order"
            : "this PDF sets right to left only the Arabic script, the one it has been checked with";
        return Optional.of(Problem.error(path, ProblemCode.UNSUPPORTED_SCRIPT, String.format(
            "the PDF cannot show text in the %s script correctly (%s); render this bulletin as HTML or DOCX,"
                + " which the reader's browser or word processor shows correctly", name, why)));
      }
      if (firstMissing >= 0) {
        return Optional.of(Problem.error(path, ProblemCode.UNSUPPORTED_SCRIPT, String.format(
            "no font of the PDF has %s script (first: %s; tried %s)", anyShown ? "every character of the " + name
                : "the " + name, describe(firstMissing), tried)));
      }
      return Optional.empty();
    }
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
