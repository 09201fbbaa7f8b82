package org.safeguarding.bulletin.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The reports as JSON, in the schema that docs/verify-report.md describes: {@code verifier},
 * {@code passed} and one object per file with its {@code outcome}, {@code checks} (each with its
 * {@code failures}) and {@code manualChecks}; and the accessibility statement of each bulletin
 * ({@code statements}, empty when no bulletin is known).
 */
public final class JsonReport {
  private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private JsonReport() {}

  /** Writes {@code reports} to {@code out} as one JSON object. */
  public static void write(List<FileReport> reports, Writer out) throws IOException {
    write(reports, LibraryReport.none(), out);
  }

  /** Writes {@code reports}, with the accessibility statements of {@code library}, to {@code out}. */
  public static void write(List<FileReport> reports, LibraryReport library, Writer out) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("verifier", "bulletin-verify " + Versions.ofThisLibrary());
    root.put("passed", reports.stream().allMatch(FileReport::passed));
    ArrayNode files = root.putArray("files");
    reports.forEach(r -> files.add(file(r)));
    ArrayNode statements = root.putArray("statements");
    for (AccessibilityStatement statement : library.statements()) {
      statements.addObject().put("bulletin", statement.bulletin()).put("language", statement.language())
          .put("heading", statement.heading()).put("text", statement.text());
    }
    MAPPER.writeValue(out, root);
  }

  private static ObjectNode file(FileReport report) {
    ObjectNode file = MAPPER.createObjectNode();
    file.put("file", report.file().toString());
    file.put("kind", report.kind().map(k -> k.name().toLowerCase(Locale.ROOT)).orElse(null));
    file.put("outcome", report.unreadable().isPresent() ? "unreadable" : report.passed() ? "passed" : "failed");
    report.unreadable().ifPresent(why -> file.put("unreadable", why));
    ArrayNode checks = file.putArray("checks");
    for (CheckResult result : report.checks()) {
      ObjectNode check = checks.addObject();
      check.put("check", result.check());
      check.put("validator", result.validator());
      check.put("version", result.version());
      check.put("status", TextReport.name(result.status()));
      check.put("note", result.note());
      ArrayNode failures = check.putArray("failures");
      for (RuleFailure failure : result.failures()) {
        failures.addObject().put("rule", failure.rule()).put("message", failure.message()).put("where", failure.where());
      }
    }
    ArrayNode manual = file.putArray("manualChecks");
    report.manualChecks().forEach(manual::add);
    return file;
  }
}
