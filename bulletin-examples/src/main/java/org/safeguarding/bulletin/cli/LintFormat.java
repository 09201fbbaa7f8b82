package org.safeguarding.bulletin.cli;

import java.io.PrintWriter;
import java.util.List;

/** How {@code lint} prints its findings. */
enum LintFormat {
  /** One finding a line: {@code LEVEL rule-id PATH: message}. */
  TEXT {
    @Override
    void print(List<LintReport> reports, PrintWriter out) {
      boolean several = reports.size() > 1;
      for (LintReport report : reports) {
        report.findings().forEach(f -> out.println(f.severity().label() + " " + f.code() + " "
            + (several ? report.file() + ":" : "") + f.path() + ": " + f.located()));
      }
    }
  },
  /** A JSON array of findings, each with its file, rule, level, path, line, column, message and fix. */
  JSON {
    @Override
    void print(List<LintReport> reports, PrintWriter out) {
      out.print(LintJson.findings(reports));
    }
  },
  /** A SARIF 2.1.0 log, for code-scanning tools that show findings inline. */
  SARIF {
    @Override
    void print(List<LintReport> reports, PrintWriter out) {
      out.print(LintJson.sarif(reports));
    }
  };

  abstract void print(List<LintReport> reports, PrintWriter out);
}
