package org.safeguarding.bulletin.cli;

import java.util.EnumSet;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --format FORMAT,...}: the outputs a command renders, or checks that it could render. */
final class FormatOptions {
  @Option(names = "--format", paramLabel = "FORMAT", split = ",", converter = OutputFormat.Converter.class,
      description = "html, docx, pdf, text, easy-read-html or easy-read-pdf; repeat or separate with commas"
          + " (default: html, docx and pdf).")
  private List<OutputFormat> formats;

  /** The formats named, or the {@linkplain OutputFormat#defaults() default ones} if none was. */
  EnumSet<OutputFormat> chosen() {
    return formats == null ? OutputFormat.defaults() : EnumSet.copyOf(formats);
  }
}
