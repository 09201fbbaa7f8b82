package org.safeguarding.bulletin.render.pdf;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.safeguarding.bulletin.render.PageSize;

/**
 * Lets a part of the Easy Read PDF that is taller than a page start on the page where it falls, and
 * keeps its heading with its first row.
 *
 * <p>The engine keeps a part's heading with the whole list that follows it (the heading's {@code
 * page-break-after: avoid} holds the list whole, as the list's first line is not found behind the
 * row's picture), so that a part that fits on a page moves whole to the next one rather than
 * break: easier to read in Easy Read. A part taller than a page moved too, and could only break on
 * the next page, leaving the page before it nearly empty (nineteen contacts: a page with one hard
 * word). Such a part gets the class {@value #LONG}: its heading does not hold the list, so the part
 * breaks between its rows where it falls, and the heading asks for room for itself and its first
 * row or entry ({@code -fs-page-break-min-height}), so that it is never the last thing on a page.
 * A part that fits on a page needs no room asked for: it moves whole.
 *
 * <p>Heights are estimated from the text, never under what is drawn: lines of {@link
 * #CHARACTERS_A_LINE} characters beside a picture and {@link #CHARACTERS_A_WIDE_LINE} without one
 * (fewer than the print fonts set there), the sizes and spacing of the Easy Read print style; the
 * page is the one the PDF is set on, inside its margins (A4 728pt, US Letter 679pt).
 */
final class PrintLongParts {
  /** The class of a part that breaks where it falls: its heading does not hold its list. */
  static final String LONG = "part--long";
  /** The Easy Read print style's top and bottom page margins together (18mm and 22mm), millimetres. */
  static final double MARGINS = 40;
  /** Characters a line of a row holds at the least, beside its picture: about 415pt for 16pt words. */
  static final int CHARACTERS_A_LINE = 40;
  /** The same for a line the width of the page, a hard word's: about 493pt. */
  static final int CHARACTERS_A_WIDE_LINE = 46;
  /** Characters a line of a part's 22pt heading holds at the least. */
  private static final int CHARACTERS_A_HEADING_LINE = 32;
  /** A line of the 16pt text, line-height 1.45. */
  private static final double LINE = 16 * 1.45;
  /** A line of a 22pt phone number or heading (1.75rem of 12.6pt), line-height 1.45 and 1.25. */
  private static final double NUMBER_LINE = 22.05 * 1.45;
  private static final double HEADING_LINE = 22.05 * 1.25;
  /** The space under a heading, a row and a hard word (1.25rem of the screen's, at 0.7), and a paragraph (0.5rem). */
  private static final double HEADING_SPACE = 11;
  private static final double ROW_SPACE = 11;
  private static final double PARAGRAPH_SPACE = 4.4;
  /** A row's least height (its picture) and the space above its words. */
  private static final double ROW_MINIMUM = 66;
  private static final double WORDS_TOP = 4;
  /** The space above a part's heading: its margin, padding and rule. */
  private static final double PART_TOP = 22.05 + 13.23 + 3;

  private PrintLongParts() {}

  /**
   * Marks every part of {@code page} estimated taller than a {@code size} page as {@value #LONG}
   * and has its heading ask for the room of its first row.
   */
  static void mark(Element page, PageSize size) {
    double room = PageHeight.inside(size, MARGINS);
    for (Element part : page.select("section.part")) {
      Element heading = part.selectFirst(".part__heading");
      Element first = heading == null ? null : heading.nextElementSibling();
      if (first == null) {
        continue;
      }
      if (height(part) > room) {
        Element firstItem = isList(first) && !first.children().isEmpty() ? first.child(0) : first;
        double needed = headingHeight(heading) + itemHeight(firstItem);
        part.addClass(LONG);
        heading.attr("style", String.format(Locale.ROOT, "-fs-page-break-min-height: %.0fpt", Math.ceil(needed)));
      }
    }
  }

  /** The estimated height of {@code part}, points: the space above it, its heading and each of its items. */
  static double height(Element part) {
    double height = PART_TOP;
    for (Element child : part.children()) {
      if (child.hasClass("part__heading")) {
        height += headingHeight(child);
      } else if (isList(child)) {
        height += child.children().stream().mapToDouble(PrintLongParts::itemHeight).sum();
      } else {
        height += lines(child, CHARACTERS_A_WIDE_LINE) + PARAGRAPH_SPACE;
      }
    }
    return height;
  }

  /** The estimated height of a row or a hard word, the space below it included, points. */
  static double itemHeight(Element item) {
    if (item.hasClass("row")) {
      Element words = item.selectFirst(".row__words");
      return Math.max(ROW_MINIMUM, WORDS_TOP + (words == null ? 0 : paragraphs(words, CHARACTERS_A_LINE))) + ROW_SPACE;
    }
    if (item.hasClass("hard-words__entry")) {
      double height = ROW_SPACE;
      for (Element part : item.children()) {
        height += part.children().isEmpty() ? lines(part, CHARACTERS_A_WIDE_LINE) : paragraphs(part, CHARACTERS_A_WIDE_LINE);
      }
      return height;
    }
    return lines(item, CHARACTERS_A_WIDE_LINE) + PARAGRAPH_SPACE;
  }

  /** Whether {@code element} is a part's list of rows or of hard words. */
  private static boolean isList(Element element) {
    return element.hasClass("rows") || element.hasClass("hard-words");
  }

  private static double headingHeight(Element heading) {
    return PrintLines.count(heading.text(), CHARACTERS_A_HEADING_LINE) * HEADING_LINE + HEADING_SPACE;
  }

  /** The paragraphs of {@code block}, each with the space below it but the last. */
  private static double paragraphs(Element block, int characters) {
    double height = 0;
    for (Element paragraph : block.children()) {
      height += lines(paragraph, characters) + PARAGRAPH_SPACE;
    }
    return block.children().isEmpty() ? 0 : height - PARAGRAPH_SPACE;
  }

  private static double lines(Element block, int characters) {
    double line = block.hasClass("contact__phone") ? NUMBER_LINE : LINE;
    return PrintLines.count(block.text(), characters) * line;
  }
}
