package org.safeguarding.bulletin.render.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.safeguarding.bulletin.render.ColourRole;
import org.safeguarding.bulletin.render.PageSize;
import org.safeguarding.bulletin.render.Palette;
import org.safeguarding.bulletin.render.Theme;
import org.safeguarding.bulletin.render.internal.page.Stylesheet;
import org.safeguarding.bulletin.wording.Word;
import org.safeguarding.bulletin.wording.Wording;

/**
 * The PDF's style sheets, read from the jar once, with each {@code var(--name)} replaced by its
 * value, since the PDF engine does not know custom properties: {@code bulletin-pdf.css} after the
 * rules it shares with the bulletin's page ({@link Stylesheet#shared()}), the same for every bulletin
 * of a renderer, and {@code bulletin-pdf-running-title.css}, the title at the
 * foot of each page. The colours are the theme's light palette: paper has no dark mode.
 */
final class PrintStylesheet {
  /** The template of the bulletin's base style sheet, after {@link Stylesheet#shared()}. */
  static final String BASE_RESOURCE = "bulletin-pdf.css";
  /** The template of the Easy Read version's base style sheet. */
  static final String EASY_READ_RESOURCE = "easy-read-pdf.css";
  private static final String RUNNING_TITLE_RESOURCE = "bulletin-pdf-running-title.css";
  private static final Map<String, String> BASES = Map.of(BASE_RESOURCE, Stylesheet.shared() + load(BASE_RESOURCE),
      EASY_READ_RESOURCE, load(EASY_READ_RESOURCE));
  private static final String RUNNING_TITLE = load(RUNNING_TITLE_RESOURCE);
  /** Each base style sheet's rules for a page written right to left, by the base's template. */
  private static final Map<String, String> RIGHT_TO_LEFT = Map.of(BASE_RESOURCE, load("bulletin-pdf-rtl.css"),
      EASY_READ_RESOURCE, load("easy-read-pdf-rtl.css"));
  private static final Pattern VARIABLE = Pattern.compile("var\\(--([a-z-]+)\\)");
  /** The most characters of the running title: a page footer cannot wrap, so more would run off. */
  static final int RUNNING_TITLE_LENGTH = 60;

  private PrintStylesheet() {}

  /** The style sheet of every page of every bulletin, in {@code fonts} on {@code size} paper. */
  static String base(Theme theme, List<PdfFontFamily> fonts, PageSize size) {
    return base(BASE_RESOURCE, theme, fonts, size);
  }

  /**
   * The base style sheet made from the template {@code resource} ({@link #BASE_RESOURCE} or {@link
   * #EASY_READ_RESOURCE}), in {@code fonts} on {@code size} paper.
   */
  static String base(String resource, Theme theme, List<PdfFontFamily> fonts, PageSize size) {
    String template = BASES.get(resource);
    if (template == null) {
      throw new IllegalArgumentException("no base style sheet " + resource);
    }
    Map<String, String> values = values(theme, fonts);
    values.put("page-size", cssName(size));
    return filled(resource, template, values);
  }

  /** {@code size} as CSS names it in {@code @page { size: … }}. */
  static String cssName(PageSize size) {
    return switch (size) {
      case A4 -> "A4";
      case LETTER -> "letter";
    };
  }

  /**
   * The style sheet that puts {@code title}, shortened, at the foot of every page, and the page's
   * number in the words of {@code wording} ("Page 1 of 4", "Tudalen 1 o 4"), their text given to the
   * engine as {@code order} says (on a page written right to left, the title in the right-hand corner
   * and the page number in the left).
   */
  static String runningTitle(Theme theme, List<PdfFontFamily> fonts, String title, Wording wording,
      FooterOrder order) {
    Map<String, String> values = values(theme, fonts);
    String runningTitle = cssString(order.visual(shortened(title)));
    // The engine misplaces a footer of several parts on a page written right to left (it sets them
    // right to left, ending where the box begins): there, the page's number stands alone.
    String pageNumber = order.rightToLeft() ? "counter(page)" : pageNumber(wording, order);
    values.put("running-title", order.rightToLeft() ? pageNumber : runningTitle);
    values.put("page-number", order.rightToLeft() ? runningTitle : pageNumber);
    return filled(RUNNING_TITLE_RESOURCE, RUNNING_TITLE, values);
  }

  /**
   * The sides of the base style sheet made from {@code resource} ({@link #BASE_RESOURCE}, whose
   * rules are {@code bulletin-pdf-rtl.css}, or {@link #EASY_READ_RESOURCE}, {@code
   * easy-read-pdf-rtl.css}) swapped, for a page written right to left: added after the base style
   * sheet, to such pages only.
   */
  static String rightToLeft(String resource, Theme theme) {
    String template = RIGHT_TO_LEFT.get(resource);
    if (template == null) {
      throw new IllegalArgumentException("no base style sheet " + resource);
    }
    return filled(resource + "'s right-to-left rules", template, values(theme, List.of()));
  }

  /**
   * The CSS content of "Page {0} of {1}" in the wording's language, the numbers as page counters,
   * given as {@code order} says.
   */
  static String pageNumber(Wording wording, FooterOrder order) {
    String page = "\uFDD0";
    String pages = "\uFDD1";
    String text = order.visual(wording.get(Word.PAGE_OF, page, pages));
    StringBuilder content = new StringBuilder();
    int from = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == page.charAt(0) || c == pages.charAt(0)) {
        if (i > from) {
          content.append(cssString(text.substring(from, i))).append(' ');
        }
        content.append(c == page.charAt(0) ? "counter(page) " : "counter(pages) ");
        from = i + 1;
      }
    }
    if (from < text.length()) {
      content.append(cssString(text.substring(from)));
    }
    return content.toString().strip();
  }

  private static Map<String, String> values(Theme theme, List<PdfFontFamily> fonts) {
    Map<String, String> values = new HashMap<>();
    Palette palette = theme.light();
    for (ColourRole role : ColourRole.values()) {
      values.put(role.cssName(), palette.colour(role));
    }
    values.put("fonts", fonts.stream().map(f -> '"' + f.name() + '"').collect(Collectors.joining(", ")));
    return values;
  }

  private static String filled(String resource, String template, Map<String, String> values) {
    Matcher m = VARIABLE.matcher(template);
    StringBuilder css = new StringBuilder();
    while (m.find()) {
      String value = values.get(m.group(1));
      if (value == null) {
        throw new IllegalStateException(resource + " uses an unknown variable --" + m.group(1));
      }
      m.appendReplacement(css, Matcher.quoteReplacement(value));
    }
    return m.appendTail(css).toString();
  }

  /** {@code title} cut to {@link #RUNNING_TITLE_LENGTH} characters, at a space if there is one, with "…". */
  static String shortened(String title) {
    if (title.codePointCount(0, title.length()) <= RUNNING_TITLE_LENGTH) {
      return title;
    }
    String cut = title.substring(0, title.offsetByCodePoints(0, RUNNING_TITLE_LENGTH - 1));
    int space = cut.lastIndexOf(' ');
    return (space > RUNNING_TITLE_LENGTH / 2 ? cut.substring(0, space) : cut).strip() + "\u2026";
  }

  /** {@code text} as a CSS string: letters, digits and spaces as they are, all else escaped by code point. */
  static String cssString(String text) {
    StringBuilder out = new StringBuilder("\"");
    text.codePoints().forEach(cp -> {
      if (cp < 128 && (Character.isLetterOrDigit(cp) || cp == ' ')) {
        out.appendCodePoint(cp);
      } else {
        out.append('\\').append(Integer.toHexString(cp).toUpperCase(Locale.ROOT)).append(' ');
      }
    });
    return out.append('"').toString();
  }

  private static String load(String resource) {
    return Stylesheet.resource(PrintStylesheet.class, resource);
  }
}
