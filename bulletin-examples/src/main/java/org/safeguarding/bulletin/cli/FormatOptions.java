package org.safeguarding.bulletin.cli;

import java.util.EnumSet;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --format FORMAT,...}: the outputs a command renders, or checks that it could render. */
final class FormatOptions {
  @Option(names = "--format", paramLabel = "FORMAT", split = ",",
      description = "html, docx or pdf; repeat or separate with commas (default: all three).")
  private List<OutputFormat> formats;

  /** The formats named, or all of them if none was. */
  EnumSet<OutputFormat> chosen() {
    return formats == null ? EnumSet.allOf(OutputFormat.class) : EnumSet.copyOf(formats);
  }
}
