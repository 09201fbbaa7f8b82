package org.safeguarding.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.bulletin.testing.Fixtures;

/** {@code validate}: exit codes and one problem a line, each with its file and path, never a stack trace. */
class ValidateCommandTest {
  @TempDir
  Path dir;

  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  private Path file(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json);
  }

  @Test
  void exitsZeroForAValidDocument() throws IOException {
    Path valid = file("every-field.json", Fixtures.text(Fixtures.VALID + "/every-field.json"));

    assertThat(run("validate", valid.toString())).isZero();
    assertThat(cli.out()).isEqualTo(valid + ": valid\n");
    assertThat(cli.err()).isEmpty();
  }

  @Test
  void exitsOneAndNamesEveryProblemOfEveryInput() throws IOException {
    Path valid = file("ok.json", Fixtures.text(Fixtures.VALID + "/minimal-free.json"));
    Path badTitle = file("title.json", Fixtures.text(Fixtures.INVALID + "/wrong-type-title.json"));
    Path sixSections = file("six.json", Fixtures.text(Fixtures.INVALID + "/six-sections.json"));

    int code = run("validate", valid.toString(), badTitle.toString(), sixSections.toString());

    assertThat(code).isEqualTo(1);
    assertThat(cli.out()).isEqualTo(valid + ": valid\n");
    assertThat(cli.err()).isEqualTo(
        badTitle + ": $.title: expected text, found an array\n"
            + sixSections + ": $.sections: a seven-minute bulletin needs exactly 7 sections, found 6; "
            + "use \"layout\": \"free\" for another number\n");
  }

  @Test
  void reportsMalformedJsonWithLineAndColumn() throws IOException {
    Path broken = file("broken.json", "{\n  \"id\": \"x\",\n  oops\n}");

    assertThat(run("validate", broken.toString())).isEqualTo(1);
    assertThat(cli.err()).startsWith(broken + ": line 3, column 3: malformed JSON: ")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void reportsAnEmptyFileAsEmpty() throws IOException {
    Path empty = file("empty.json", "");

    assertThat(run("validate", empty.toString())).isEqualTo(1);
    assertThat(cli.err()).isEqualTo(empty + ": line 1, column 1: the document is empty; expected a JSON object\n");
  }

  @Test
  void exitsThreeWhenAnInputCannotBeRead() {
    assertThat(run("validate", dir.resolve("missing.json").toString())).isEqualTo(3);
    assertThat(cli.err()).isEqualTo(dir.resolve("missing.json") + ": cannot read: no such file\n");
  }

  @Test
  void exitsTwoForWrongUsage() {
    assertThat(run("validate")).isEqualTo(2);
    assertThat(run("validate", "--no-such-option", "x.json")).isEqualTo(2);
    assertThat(run("no-such-command")).isEqualTo(2);
    assertThat(cli.err()).contains("Missing required parameter: 'INPUT.json'");
  }
}
