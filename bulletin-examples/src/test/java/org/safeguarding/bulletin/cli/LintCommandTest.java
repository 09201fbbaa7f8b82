package org.safeguarding.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.bulletin.examples.SaferSeven;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.testing.Fixtures;

/** {@code lint}: its three output forms and its exit codes, on the seed as published and on our example. */
class LintCommandTest {
  @TempDir
  Path dir;

  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  private Path seedAsPublished() throws IOException {
    try (InputStream in = getClass().getResourceAsStream("/seed/as-published.json")) {
      return Files.write(dir.resolve("as-published.json"), in.readAllBytes());
    }
  }

  @Test
  void findsWhatGoesWrongInTheSeedAsPublished() throws IOException {
    int code = run("lint", seedAsPublished().toString());

    assertThat(code).isEqualTo(1);
    assertThat(cli.out().lines()).contains(
        "error placeholder-link $.sections[6].content[1].text: link 'HERE' goes nowhere: its target is '#'",
        "warning link-text $.sections[6].content[1].text: link text 'HERE' does not say where the link goes",
        "warning capitals-for-emphasis $.sections[4].content[0].text: 'WILL' is in capitals for emphasis, "
            + "which is harder to read",
        "warning unexplained-abbreviation $.sections[1].content[0].text: the abbreviation 'CSE' is not "
            + "explained in the glossary",
        "warning insecure-link $.publisher.website: 'http://safeguarding.dudley.gov.uk' uses plain http:, "
            + "which is not secure")
        .anyMatch(l -> l.startsWith("warning long-sentence $.sections[1].content[0].text: a sentence of 48 words"));
    assertThat(cli.out().lines()).allMatch(l -> l.matches("(error|warning|info) [a-z-]+ \\$\\S*: .+"));
  }

  @Test
  void anInvalidDocumentStillHasItsPlaceholderLinksReported() throws IOException {
    String json = Files.readString(seedAsPublished()).replace("\"phone\": \"0300 555 0050\"", "\"phone\": \"0300 555\"");
    Path invalid = Files.writeString(dir.resolve("invalid.json"), json);

    assertThat(run("lint", invalid.toString())).isEqualTo(1);
    assertThat(cli.out()).contains("$.sections[6].content[1].text", "is not a valid phone number");
  }

  @Test
  void ourExampleHasNoError() throws IOException {
    Path example = Files.writeString(dir.resolve("example.json"), BulletinJson.writer().toJson(SaferSeven.build()));

    assertThat(run("lint", example.toString())).isZero();
    assertThat(cli.out()).doesNotContain("error ");
  }

  @Test
  void reportsValidationProblemsAsErrors() throws IOException {
    Path six = Files.writeString(dir.resolve("six.json"), Fixtures.text(Fixtures.INVALID + "/six-sections.json"));
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\n  oops");

    assertThat(run("lint", six.toString(), broken.toString())).isEqualTo(1);
    assertThat(cli.out().lines()).containsExactly(
        "error section-count " + six + ":$.sections: a seven-minute bulletin needs exactly 7 sections, found 6; "
            + "use \"layout\": \"free\" for another number",
        "error malformed-json " + broken + ":$: line 2, column 3: malformed JSON: Unexpected character ('o' "
            + "(code 111)): was expecting double-quote to start field name");
  }

  @Test
  void writesFindingsAsJson() throws IOException {
    Path seed = seedAsPublished();

    assertThat(run("lint", "--format", "json", seed.toString())).isEqualTo(1);
    JsonNode findings = new ObjectMapper().readTree(cli.out());
    JsonNode placeholder = findings.findParents("rule").stream()
        .filter(f -> f.get("rule").asText().equals("placeholder-link")).findFirst().orElseThrow();
    assertThat(placeholder.get("file").asText()).isEqualTo(seed.toString());
    assertThat(placeholder.get("level").asText()).isEqualTo("error");
    assertThat(placeholder.get("path").asText()).isEqualTo("$.sections[6].content[1].text");
    assertThat(placeholder.get("line").asInt()).isPositive();
    assertThat(placeholder.get("fix").asText()).isEqualTo("give the address of the page the link should open");
  }

  @Test
  void writesSarif210WithRulesAndLocatedResults() throws IOException {
    Path seed = seedAsPublished();

    assertThat(run("lint", "--format", "sarif", seed.toString())).isEqualTo(1);
    JsonNode log = new ObjectMapper().readTree(cli.out());
    assertThat(log.get("version").asText()).isEqualTo("2.1.0");
    JsonNode run = log.get("runs").get(0);
    assertThat(run.at("/tool/driver/rules").findValuesAsText("id")).contains("placeholder-link", "link-text");
    JsonNode result = run.get("results").findParents("ruleId").stream()
        .filter(r -> r.get("ruleId").asText().equals("placeholder-link")).findFirst().orElseThrow();
    assertThat(result.get("level").asText()).isEqualTo("error");
    assertThat(result.at("/locations/0/physicalLocation/artifactLocation/uri").asText()).endsWith("as-published.json");
    int line = result.at("/locations/0/physicalLocation/region/startLine").asInt();
    assertThat(Files.readAllLines(seed).get(line - 1)).contains("[HERE](#)");
    assertThat(result.at("/locations/0/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("$.sections[6].content[1].text");
  }

  @Test
  void exitsZeroWhenThereAreOnlyWarnings() throws IOException {
    Path valid = Files.writeString(dir.resolve("every.json"), Fixtures.text(Fixtures.VALID + "/every-field.json"));

    assertThat(run("lint", valid.toString())).isZero();
    assertThat(cli.out()).contains("warning ");
  }

  @Test
  void exitsTwoForAnUnknownFormatAndThreeForAMissingFile() {
    assertThat(run("lint", "--format", "xml", "x.json")).isEqualTo(2);
    assertThat(run("lint", dir.resolve("missing.json").toString())).isEqualTo(3);
  }
}
