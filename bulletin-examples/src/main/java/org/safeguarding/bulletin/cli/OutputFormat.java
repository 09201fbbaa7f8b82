package org.safeguarding.bulletin.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.safeguarding.bulletin.render.BulletinRenderer;
import picocli.CommandLine;

/**
 * The output formats {@code render} makes, each with the renderer it uses and whether it is made
 * when {@code --format} names none. On the command line each is named as the contract spells it, in
 * lower case with hyphens ({@code text}, {@code easy-read-pdf}): see {@link #fromName(String)}.
 */
enum OutputFormat {
  HTML(Renderers::html, true),
  DOCX(Renderers::docx, true),
  PDF(Renderers::pdf, true),
  TEXT(Renderers::text, false),
  EASY_READ_HTML(Renderers::easyReadHtml, false),
  EASY_READ_PDF(Renderers::easyReadPdf, false);

  private final BiFunction<Renderers, Path, BulletinRenderer> renderer;
  private final boolean byDefault;

  OutputFormat(BiFunction<Renderers, Path, BulletinRenderer> renderer, boolean byDefault) {
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

  /** A new renderer for this format that reads files named in a bulletin (its logo) from {@code folder}. */
  BulletinRenderer renderer(Renderers renderers, Path folder) {
    return renderer.apply(renderers, folder);
  }
}
