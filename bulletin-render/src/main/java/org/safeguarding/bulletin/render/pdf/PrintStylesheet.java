package org.safeguarding.bulletin.render.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
 * The PDF's style sheets, with each {@code var(--name)} replaced by its value, since the PDF engine
 * does not know custom properties. The base style sheet, the same for every bulletin of a renderer,
 * is derived from the page's screen style sheet and a print-only sheet ({@code bulletin-print.css}
 * or {@code easy-read-print.css}) by {@link PrintStyleDerivation}, once for each sheet and direction;
 * {@code bulletin-pdf-running-title.css} is the title at the foot of each page. The colours are the
 * theme's light palette: paper has no dark mode.
 */
final class PrintStylesheet {
  /** The print-only sheet of the bulletin's PDF, after the bulletin's page's sheet. */
  static final String BASE_RESOURCE = "bulletin-print.css";
  /** The print-only sheet of the Easy Read version's PDF, after the Easy Read page's sheet. */
  static final String EASY_READ_RESOURCE = "easy-read-print.css";
  private static final String RUNNING_TITLE_RESOURCE = "bulletin-pdf-running-title.css";
  /** Each print-only sheet's text, and the screen sheet it follows, by the print-only sheet's name. */
  private static final Map<String, List<String>> SOURCES = Map.of(
      BASE_RESOURCE, List.of(Stylesheet.screen(), load(BASE_RESOURCE)),
      EASY_READ_RESOURCE, List.of(Stylesheet.easyReadScreen(), load(EASY_READ_RESOURCE)));
  /** The derived templates, by print-only sheet and direction (true: right to left). */
  private static final Map<Map.Entry<String, Boolean>, String> DERIVED = new ConcurrentHashMap<>();
  private static final String RUNNING_TITLE = load(RUNNING_TITLE_RESOURCE);
  private static final Pattern VARIABLE = Pattern.compile("var\\(--([a-z-]+)\\)");
  /** The most characters of the running title: a page footer cannot wrap, so more would run off. */
  static final int RUNNING_TITLE_LENGTH = 60;

  private PrintStylesheet() {}

  /**
   * The base style sheet derived for the print-only sheet {@code resource} ({@link #BASE_RESOURCE}
   * or {@link #EASY_READ_RESOURCE}), in {@code fonts} on {@code size} paper, for a page written right
   * to left or not.
   */
  static String base(String resource, Theme theme, List<PdfFontFamily> fonts, PageSize size, boolean rightToLeft) {
    Map<String, String> values = values(theme, fonts);
    values.put("page-size", cssName(size));
    return filled(resource, template(resource, rightToLeft), values);
  }

  /** The base style sheet of {@code resource} for a direction, with its {@code var(--name)} still in. */
  static String template(String resource, boolean rightToLeft) {
    List<String> sources = SOURCES.get(resource);
    if (sources == null) {
      throw new IllegalArgumentException("no base style sheet " + resource);
    }
    return DERIVED.computeIfAbsent(Map.entry(resource, rightToLeft),
        key -> PrintStyleDerivation.derive(sources.get(0), sources.get(1), rightToLeft));
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
