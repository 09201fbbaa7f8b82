package org.safeguarding.bulletin.verify;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * The reports as one self-contained, accessible HTML page in English: the accessibility statement
 * of each bulletin when known (in its language, marked so), then a heading per file, a table
 * of its checks (check, validator, version, result), the failed rules of each as a list, what the
 * library's tests prove of it when known, and the checks a person still has to make; then the files
 * not checked. Every text from a file name or a validator goes in as a text node, so it is never
 * markup. No script, no link to anything outside the page.
 */
public final class HtmlReport {
  private static final String STYLE = """
      body{font-family:system-ui,sans-serif;line-height:1.5;max-width:60rem;margin:0 auto;padding:1rem;color:#1b1b1b}
      table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem}
      caption{text-align:left;font-weight:bold}
      th,td{border:1px solid #6f6f6f;padding:.3rem .5rem;text-align:left;vertical-align:top}
      .passed{font-weight:bold}
      .failed{font-weight:bold;color:#a00000}
      section{border-top:2px solid #1b1b1b;margin-top:1.5rem}
      code{word-break:break-all}
      """;

  private static final String PROVED = "Proved by the library's tests (of every file it writes so, not of this one)";

  private HtmlReport() {}

  /** Writes {@code reports} to {@code out} as an HTML page. */
  public static void write(List<FileReport> reports, Writer out) throws IOException {
    write(reports, LibraryReport.none(), out);
  }

  /** Writes {@code reports}, with what {@code library} says of the files, to {@code out} as an HTML page. */
  public static void write(List<FileReport> reports, LibraryReport library, Writer out) throws IOException {
    out.write(page(reports, library).outerHtml());
    out.write('\n');
  }

  /** The page. */
  static Document page(List<FileReport> reports, LibraryReport library) {
    Document page = Document.createShell("");
    page.outputSettings().charset("UTF-8").escapeMode(Entities.EscapeMode.base);
    page.prependChild(new DocumentType("html", "", ""));
    page.selectFirst("html").attr("lang", "en");
    boolean passed = reports.stream().allMatch(FileReport::passed);
    Element head = page.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text("Verification report: " + (passed ? "every check passed" : "a check failed"));
    head.appendElement("style").appendText(STYLE);
    Element main = page.body().appendElement("main");
    main.appendElement("h1").text("Verification report");
    main.appendElement("p").text(TextReport.summary(reports, library) + ". Made by bulletin-verify "
        + Versions.ofThisLibrary() + ".");
    for (AccessibilityStatement statement : library.statements()) {
      Element section = main.appendElement("section").attr("lang", statement.language());
      if (statement.rightToLeft()) {
        section.attr("dir", "rtl");
      }
      section.appendElement("h2").text(statement.heading()
          + (library.statements().size() == 1 ? "" : ": " + statement.bulletin()));
      section.appendElement("p").text(statement.text());
    }
    for (FileReport report : reports) {
      file(main.appendElement("section"), report, library.byConstruction(report.file()));
    }
    library.notChecked().forEach((file, why) -> {
      Element section = main.appendElement("section");
      section.appendElement("h2").text(file + ": not checked");
      section.appendElement("p").text("No validator checks this file: " + why + ".");
      list(section, PROVED, library.byConstruction(file));
    });
    return page;
  }

  private static void file(Element section, FileReport report, List<String> byConstruction) {
    section.appendElement("h2").text(report.file() + ": " + TextReport.outcome(report));
    report.unreadable().ifPresent(why -> section.appendElement("p").text("Cannot verify: " + why + "."));
    if (!report.checks().isEmpty()) {
      table(section, report);
    }
    for (CheckResult check : report.checks()) {
      if (!check.failures().isEmpty()) {
        section.appendElement("h3").text("Failed rules of " + check.check() + " (" + check.validator() + ")");
        Element list = section.appendElement("ul");
        for (RuleFailure failure : check.failures()) {
          Element item = list.appendElement("li");
          item.appendElement("code").text(failure.rule());
          item.appendText(": " + failure.message() + (failure.where().isEmpty() ? "" : ", at " + failure.where()));
        }
      }
    }
    list(section, PROVED, byConstruction);
    list(section, "Still to check by a person", report.manualChecks());
  }

  private static void table(Element section, FileReport report) {
    Element table = section.appendElement("table");
    table.appendElement("caption").text("Checks of " + fileName(report.file()));
    Element header = table.appendElement("thead").appendElement("tr");
    for (String column : List.of("Check", "Validator", "Version", "Result")) {
      header.appendElement("th").attr("scope", "col").text(column);
    }
    Element body = table.appendElement("tbody");
    for (CheckResult check : report.checks()) {
      Element row = body.appendElement("tr");
      row.appendElement("th").attr("scope", "row").text(check.check());
      row.appendElement("td").text(check.validator());
      row.appendElement("td").text(check.version().isEmpty() ? "none" : check.version());
      Element result = row.appendElement("td");
      switch (check.status()) {
        case PASSED -> result.addClass("passed").text("passed");
        case FAILED -> result.addClass("failed").text("FAILED: " + check.failures().size()
            + (check.failures().size() == 1 ? " rule" : " rules"));
        case NOT_RUN -> result.text("not run: " + check.note());
      }
    }
  }

  /** A heading and a list of {@code items}, or nothing when there are none. */
  private static void list(Element section, String heading, List<String> items) {
    if (items.isEmpty()) {
      return;
    }
    section.appendElement("h3").text(heading);
    Element list = section.appendElement("ul");
    items.forEach(item -> list.appendElement("li").text(item));
  }

  private static String fileName(Path file) {
    Path name = file.getFileName();
    return name == null ? file.toString() : name.toString();
  }
}
