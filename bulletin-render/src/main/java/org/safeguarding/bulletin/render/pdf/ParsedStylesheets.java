package org.safeguarding.bulletin.render.pdf;

import com.openhtmltopdf.css.parser.CSSParser;
import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.safeguarding.bulletin.render.PageSize;
import org.safeguarding.bulletin.render.Theme;

/**
 * A renderer's base style sheet ({@link PrintStylesheet#base}: the bulletin's, or the Easy Read
 * version's), parsed by the PDF engine's parser once for each list of font families that pages need
 * and each direction, instead of once for every document. A page needs the first family alone or
 * with some of the others, so there are few lists.
 */
final class ParsedStylesheets {
  /** The address the bulletin's base style sheet goes by in the engine. */
  static final String BASE_URI = "bulletin-print:" + PrintStylesheet.BASE_RESOURCE;

  private final Theme theme;
  private final PageSize pageSize;
  private final String resource;
  private final Map<Map.Entry<List<PdfFontFamily>, Boolean>, Base> parsed = new ConcurrentHashMap<>();

  /** The bulletin's base style sheets ({@code bulletin-print.css} after the page's). */
  ParsedStylesheets(Theme theme, PageSize pageSize) {
    this(theme, pageSize, PrintStylesheet.BASE_RESOURCE);
  }

  /** The base style sheets derived for the print-only sheet {@code resource}, beside {@link PrintStylesheet}. */
  ParsedStylesheets(Theme theme, PageSize pageSize, String resource) {
    this.theme = theme;
    this.pageSize = pageSize;
    this.resource = resource;
  }

  /** The base style sheet for pages set in {@code fonts}, written right to left or not. */
  Base base(List<PdfFontFamily> fonts, boolean rightToLeft) {
    return parsed.computeIfAbsent(Map.entry(List.copyOf(fonts), rightToLeft), this::parse);
  }

  private Base parse(Map.Entry<List<PdfFontFamily>, Boolean> key) {
    String css = PrintStylesheet.base(resource, theme, key.getKey(), pageSize, key.getValue());
    String uri = "bulletin-print:" + resource;
    try {
      Stylesheet stylesheet = new CSSParser(EngineDiagnostics::reportCss)
          .parseStylesheet(uri, StylesheetInfo.AUTHOR, new StringReader(css));
      return new Base(sha256(css), stylesheet, uri);
    } catch (IOException e) {
      throw new UncheckedIOException("a string cannot fail to be read", e);
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The SHA-256 of the base style sheet's text (which goes into each document's ID; not to be
   * changed), and the style sheet as the engine parsed it. The engine only reads a parsed
   * style sheet, apart from numbering its rules in order for each document, which gives every
   * document the same numbers since the sheets always come in the same order. The engine shares its
   * own default style sheet between documents in the same way, so documents on any thread can
   * share this one ({@code ConcurrentRenderingTest} checks the bytes). The address is the one the
   * style sheet goes by in the engine.
   */
  record Base(byte[] sha256, Stylesheet stylesheet, String uri) {}
}
