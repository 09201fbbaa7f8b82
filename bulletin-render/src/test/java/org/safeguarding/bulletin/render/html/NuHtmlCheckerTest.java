package org.safeguarding.bulletin.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The W3C Nu HTML Checker finds no errors in the pages. It runs the {@code vnu.jar} of the npm
 * package {@code vnu-jar}, installed at the repository root by {@code npm ci}; without it the test
 * fails.
 */
@Tag("tools") // needs the Nu HTML Checker from npm (node_modules/vnu-jar): run by mvn verify, left out by -Pjdk-only
class NuHtmlCheckerTest {
  private static final Path VNU = Path.of("..", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.EXAMPLE, Fixtures.EVERY_FIELD, Fixtures.WELSH, Fixtures.MINIMAL, Fixtures.LONG_WORDS,
      Fixtures.COMBINING_MARKS, Fixtures.URDU, Fixtures.ARABIC, Fixtures.PUNJABI, Fixtures.CHINESE, Fixtures.POLISH,
      Fixtures.PAIR_ENGLISH, Fixtures.PAIR_WELSH})
  void findsNoErrors(String fixture) throws Exception {
    assertThat(VNU).as("the Nu HTML Checker: run `npm ci --ignore-scripts` at the repository root").isRegularFile();
    Path page = Fixtures.writePage(fixture);

    String report = run(List.of(javaBinary(), "-jar", VNU.toString(), "--errors-only", "--format", "json", page.toString()));

    assertThat(report).as("Nu HTML Checker report for %s", fixture).contains("\"messages\":[]");
  }

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.EXAMPLE, Fixtures.EVERY_FIELD, Fixtures.WELSH, Fixtures.MINIMAL, Fixtures.LONG_WORDS,
      Fixtures.URDU, Fixtures.ARABIC, Fixtures.PUNJABI, Fixtures.CHINESE, Fixtures.PAIR_ENGLISH})
  void findsNoErrorsInTheEasyReadPage(String fixture) throws Exception {
    assertThat(VNU).as("the Nu HTML Checker: run `npm ci --ignore-scripts` at the repository root").isRegularFile();
    Path page = Fixtures.writeEasyReadPage(fixture);

    String report = run(List.of(javaBinary(), "-jar", VNU.toString(), "--errors-only", "--format", "json", page.toString()));

    assertThat(report).as("Nu HTML Checker report for the Easy Read page of %s", fixture).contains("\"messages\":[]");
  }

  @Test
  void reportsErrorsInABrokenPage() throws Exception {
    Path broken = Files.writeString(Files.createDirectories(Path.of("target", "pages")).resolve("broken-vnu.html"),
        "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div>x</div><li>y</li></body></html>");

    String report = run(List.of(javaBinary(), "-jar", VNU.toString(), "--errors-only", "--format", "json", broken.toString()));

    assertThat(report).contains("\"type\":\"error\"");
  }

  private static String run(List<String> command) throws IOException, InterruptedException {
    Path output = Files.createTempFile("vnu", ".json");
    Process process = new ProcessBuilder(new ArrayList<>(command))
        .redirectErrorStream(true)
        .redirectOutput(output.toFile())
        .start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("vnu.jar finished in time").isTrue();
    String report = Files.readString(output, StandardCharsets.UTF_8);
    Files.delete(output);
    return report;
  }

  private static String javaBinary() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
