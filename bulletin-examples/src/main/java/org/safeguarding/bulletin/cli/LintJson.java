package org.safeguarding.bulletin.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.safeguarding.bulletin.json.JsonSourceMap;
import org.safeguarding.bulletin.lint.LintRule;
import org.safeguarding.bulletin.validate.Problem;
import org.safeguarding.bulletin.validate.Severity;

/** The linter's findings as JSON: a plain list, or a SARIF 2.1.0 log. */
final class LintJson {
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  private static final Map<Severity, String> SARIF_LEVELS =
      Map.of(Severity.ERROR, "error", Severity.WARNING, "warning", Severity.INFO, "note");

  private LintJson() {}

  /** A JSON array with one object per finding. */
  static String findings(List<LintReport> reports) {
    ArrayNode array = JSON.createArrayNode();
    for (LintReport report : reports) {
      for (Problem finding : report.findings()) {
        ObjectNode node = array.addObject();
        node.put("file", report.file().toString());
        node.put("rule", finding.code());
        node.put("level", finding.severity().label());
        node.put("path", finding.path());
        position(report, finding).ifPresent(p -> node.put("line", p.line()).put("column", p.column()));
        node.put("message", finding.message());
        if (finding.fix() != null) {
          node.put("fix", finding.fix());
        }
      }
    }
    return write(array);
  }

  /** A SARIF 2.1.0 log with one run: the rules, and a result per finding located by line and JSON path. */
  static String sarif(List<LintReport> reports) {
    ObjectNode log = JSON.createObjectNode();
    log.put("$schema", SARIF_SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "bulletin-lint");
    driver.put("version", "0.2.0");
    ArrayNode rules = driver.putArray("rules");
    for (LintRule rule : LintRule.values()) {
      ObjectNode node = rules.addObject();
      node.put("id", rule.id());
      node.putObject("shortDescription").put("text", rule.summary());
      node.putObject("defaultConfiguration").put("level", SARIF_LEVELS.get(rule.defaultLevel()));
    }
    ArrayNode results = run.putArray("results");
    for (LintReport report : reports) {
      for (Problem finding : report.findings()) {
        results.add(result(report, finding));
      }
    }
    return write(log);
  }

  private static JsonNode result(LintReport report, Problem finding) {
    ObjectNode result = JSON.createObjectNode();
    result.put("ruleId", finding.code());
    result.put("level", SARIF_LEVELS.get(finding.severity()));
    String text = finding.path() + ": " + finding.message() + (finding.fix() == null ? "" : " (fix: " + finding.fix() + ")");
    result.putObject("message").put("text", text);
    ObjectNode location = result.putArray("locations").addObject();
    ObjectNode physical = location.putObject("physicalLocation");
    physical.putObject("artifactLocation").put("uri", report.file().toString().replace('\\', '/'));
    position(report, finding).ifPresent(p -> physical.putObject("region")
        .put("startLine", p.line()).put("startColumn", p.column()));
    location.putArray("logicalLocations").addObject().put("fullyQualifiedName", finding.path());
    return result;
  }

  private static java.util.Optional<JsonSourceMap.Position> position(LintReport report, Problem finding) {
    if (finding.line() != null) {
      return java.util.Optional.of(new JsonSourceMap.Position(finding.line(), finding.column()));
    }
    return report.sourceMap().find(finding.path());
  }

  private static String write(JsonNode node) {
    try {
      return JSON.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree built in memory could not be written", e);
    }
  }
}
