package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.verify.FileReport;
import org.safeguarding.bulletin.verify.HtmlReport;
import org.safeguarding.bulletin.verify.JsonReport;
import org.safeguarding.bulletin.verify.LibraryReport;
import picocli.CommandLine.Option;

/** {@code --report FILE.json} and {@code --report-html FILE.html}: where to write the verification report too. */
final class ReportOptions {
  @Option(names = "--report", paramLabel = "FILE.json", description = "Also write the report as JSON to this file.")
  private @Nullable Path json;

  @Option(names = "--report-html", paramLabel = "FILE.html",
      description = "Also write the report as an accessible HTML page to this file.")
  private @Nullable Path html;

  /** Whether either report was asked for. */
  boolean any() {
    return json != null || html != null;
  }

  /** Writes the reports asked for. */
  void write(List<FileReport> reports, LibraryReport library) throws IOException {
    if (json != null) {
      try (Writer out = Files.newBufferedWriter(json, StandardCharsets.UTF_8)) {
        JsonReport.write(reports, library, out);
      }
    }
    if (html != null) {
      try (Writer out = Files.newBufferedWriter(html, StandardCharsets.UTF_8)) {
        HtmlReport.write(reports, library, out);
      }
    }
  }
}
