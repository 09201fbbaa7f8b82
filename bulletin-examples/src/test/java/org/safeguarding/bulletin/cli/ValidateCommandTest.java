package org.safeguarding.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.bulletin.testing.Fixtures;

/** {@code validate}: exit codes and one problem a line, each with its file and path, never a stack trace. */
class ValidateCommandTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return BulletinCommand.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  private Path file(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json);
  }

  @Test
  void exitsZeroForAValidDocument() throws IOException {
    Path valid = file("every-field.json", Fixtures.text(Fixtures.VALID + "/every-field.json"));

    assertThat(run("validate", valid.toString())).isZero();
    assertThat(out.toString()).isEqualTo(valid + ": valid\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void exitsOneAndNamesEveryProblemOfEveryInput() throws IOException {
    Path valid = file("ok.json", Fixtures.text(Fixtures.VALID + "/minimal-free.json"));
    Path badTitle = file("title.json", Fixtures.text(Fixtures.INVALID + "/wrong-type-title.json"));
    Path sixSections = file("six.json", Fixtures.text(Fixtures.INVALID + "/six-sections.json"));

    int code = run("validate", valid.toString(), badTitle.toString(), sixSections.toString());

    assertThat(code).isEqualTo(1);
    assertThat(out.toString()).isEqualTo(valid + ": valid\n");
    assertThat(err.toString()).isEqualTo(
        badTitle + ": $.title: expected text, found an array\n"
            + sixSections + ": $.sections: a seven-minute bulletin needs exactly 7 sections, found 6; "
            + "use \"layout\": \"free\" for another number\n");
  }

  @Test
  void reportsMalformedJsonWithLineAndColumn() throws IOException {
    Path broken = file("broken.json", "{\n  \"id\": \"x\",\n  oops\n}");

    assertThat(run("validate", broken.toString())).isEqualTo(1);
    assertThat(err.toString()).startsWith(broken + ": line 3, column 3: malformed JSON: ")
        .doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void reportsAnEmptyFileAsEmpty() throws IOException {
    Path empty = file("empty.json", "");

    assertThat(run("validate", empty.toString())).isEqualTo(1);
    assertThat(err.toString()).isEqualTo(empty + ": line 1, column 1: the document is empty; expected a JSON object\n");
  }

  @Test
  void exitsThreeWhenAnInputCannotBeRead() {
    assertThat(run("validate", dir.resolve("missing.json").toString())).isEqualTo(3);
    assertThat(err.toString()).isEqualTo(dir.resolve("missing.json") + ": cannot read: no such file\n");
  }

  @Test
  void exitsTwoForWrongUsage() {
    assertThat(run("validate")).isEqualTo(2);
    assertThat(run("validate", "--no-such-option", "x.json")).isEqualTo(2);
    assertThat(run("no-such-command")).isEqualTo(2);
    assertThat(err.toString()).contains("Missing required parameter: 'INPUT.json'");
  }
}
