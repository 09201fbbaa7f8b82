package org.safeguarding.bulletin.cli;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.OtherFormat;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.render.docx.EasyReadDocxRenderer;
import org.safeguarding.bulletin.render.html.EasyReadHtmlRenderer;
import org.safeguarding.bulletin.render.html.HtmlRenderer;
import org.safeguarding.bulletin.render.pdf.EasyReadPdfRenderer;
import org.safeguarding.bulletin.render.pdf.PdfRenderer;
import org.safeguarding.bulletin.render.text.TextRenderer;
import picocli.CommandLine;

/**
 * The output formats {@code render} makes, each with the renderer it uses and whether it is made
 * when {@code --format} names none. On the command line each is named as the contract spells it, in
 * lower case with hyphens ({@code text}, {@code easy-read-pdf}): see {@link #fromName(String)}.
 */
enum OutputFormat {
  HTML(HtmlRenderer::with, true),
  DOCX(EasyReadDocxRenderer::with, true),
  PDF(PdfRenderer::with, true),
  TEXT(TextRenderer::with, false),
  EASY_READ_HTML(EasyReadHtmlRenderer::with, false),
  EASY_READ_PDF(EasyReadPdfRenderer::with, false);

  private final Function<RenderOptions, BulletinRenderer> renderer;
  private final boolean byDefault;

  OutputFormat(Function<RenderOptions, BulletinRenderer> renderer, boolean byDefault) {
    this.renderer = renderer;
    this.byDefault = byDefault;
  }

  /** The formats made when none is named: the three classic outputs, HTML, DOCX and PDF. */
  static EnumSet<OutputFormat> defaults() {
    EnumSet<OutputFormat> defaults = EnumSet.noneOf(OutputFormat.class);
    for (OutputFormat format : values()) {
      if (format.byDefault) {
        defaults.add(format);
      }
    }
    return defaults;
  }

  /** The format's name on the command line: {@code html}, {@code easy-read-pdf}. */
  String cliName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Every format's name on the command line, in order, separated by commas. */
  static String cliNames() {
    return Arrays.stream(values()).map(OutputFormat::cliName).collect(Collectors.joining(", "));
  }

  /**
   * The format named {@code name} on the command line, in any case, with hyphens or underscores
   * ({@code easy-read-html}, {@code EASY_READ_HTML}).
   *
   * @throws IllegalArgumentException naming the known formats, if none is named so
   */
  static OutputFormat fromName(String name) {
    String wanted = name.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (OutputFormat format : values()) {
      if (format.cliName().equals(wanted)) {
        return format;
      }
    }
    throw new IllegalArgumentException("expected one of " + cliNames() + ", found '" + name + "'");
  }

  /** Reads {@code --format} values with {@link #fromName(String)}. */
  static final class Converter implements CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      try {
        return fromName(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  /** What this format is among a bulletin's other files, which its HTML page lists; empty for the page itself. */
  Optional<OtherFormat.Kind> otherKind() {
    return switch (this) {
      case HTML -> Optional.empty();
      case DOCX -> Optional.of(OtherFormat.Kind.EASY_READ_DOCX);
      case PDF -> Optional.of(OtherFormat.Kind.PDF);
      case TEXT -> Optional.of(OtherFormat.Kind.TEXT);
      case EASY_READ_HTML -> Optional.of(OtherFormat.Kind.EASY_READ_HTML);
      case EASY_READ_PDF -> Optional.of(OtherFormat.Kind.EASY_READ_PDF);
    };
  }

  /** A new renderer for this format, with {@code options}. */
  BulletinRenderer renderer(RenderOptions options) {
    return renderer.apply(options);
  }
}
