package org.safeguarding.bulletin.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.testing.Fixtures;
import org.safeguarding.bulletin.testing.Pictures;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.Problem;

/** Reading documents: syntax, size and depth limits, and the problems shared with the JSON Schema. */
class BulletinReaderTest {

  static List<String> validFixtures() {
    return Fixtures.jsonFiles(Fixtures.VALID);
  }

  static List<String> invalidFixtures() {
    return Fixtures.jsonFiles(Fixtures.INVALID);
  }

  @ParameterizedTest
  @MethodSource("validFixtures")
  void readsEveryValidFixture(String resource) {
    Bulletin bulletin = BulletinJson.reader().read(Fixtures.text(resource));

    assertThat(bulletin.sections()).isNotEmpty();
  }

  @ParameterizedTest
  @MethodSource("invalidFixtures")
  void rejectsEveryInvalidFixtureAtThePathTheSchemaNames(String resource) throws IOException {
    Properties expected = new Properties();
    try (InputStream in = getClass().getResourceAsStream(Fixtures.INVALID + "/expected-errors.properties")) {
      expected.load(in);
    }
    String path = expected.getProperty(resource.substring(resource.lastIndexOf('/') + 1)).split(" ")[0];

    List<Problem> problems = problems(Fixtures.text(resource));

    assertThat(problems).extracting(Problem::path).as(resource).containsExactly(path);
  }

  @Test
  void reportsMalformedJsonWithLineAndColumn() {
    Problem problem = single("{\n  \"formatVersion\": 1,\n  \"id\": \"x\",\n}");

    assertThat(problem.line()).isEqualTo(4);
    assertThat(problem.column()).isEqualTo(1);
    assertThat(problem.code()).isEqualTo("malformed-json");
    assertThat(problem.toString()).startsWith("line 4, column 1: malformed JSON: Unexpected character ('}'");
  }

  @Test
  void reportsAnEmptyDocumentAsEmpty() {
    assertThat(single("").toString()).isEqualTo("line 1, column 1: the document is empty; expected a JSON object");
    assertThat(single(" \n\t").code()).isEqualTo("empty-document");
  }

  @Test
  void reportsDuplicateKeysAsMalformed() {
    assertThat(single("{\"id\": \"a\", \"id\": \"b\"}").message()).contains("Duplicate field 'id'");
  }

  @Test
  void refusesDocumentsNestedTooDeep() {
    String deep = "{\"formatVersion\": 1, \"x\": " + "[".repeat(200) + "]".repeat(200) + "}";

    assertThat(single(deep).message())
        .isEqualTo("the document is nested too deep: more than 64 levels of arrays and objects");
  }

  @Test
  void refusesDocumentsOverTenMegabytesWithoutReadingThemWhole(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.json");
    Files.write(big, new byte[11 * 1024 * 1024]);

    BulletinInvalidException fromFile = catchThrowableOfType(BulletinInvalidException.class,
        () -> BulletinJson.reader().read(big));
    BulletinInvalidException fromStream = catchThrowableOfType(BulletinInvalidException.class,
        () -> BulletinJson.reader().read(new ByteArrayInputStream(new byte[11 * 1024 * 1024])));

    assertThat(fromFile.problems()).extracting(Problem::toString)
        .containsExactly("$: the document is too large: 11.0 MB; the limit is 10 MB");
    assertThat(fromStream.problems()).extracting(Problem::code).containsExactly("too-large");
  }

  @Test
  void refusesOtherFormatVersionsNamingTheOnesItReads() {
    assertThat(single("{\"formatVersion\": 2, \"id\": \"Not A Slug\"}").toString())
        .isEqualTo("$.formatVersion: unsupported format version 2; this build reads version 1");
  }

  @Test
  void rejectsARootThatIsNotAnObject() {
    assertThat(single("[1, 2]").toString()).isEqualTo("$: expected an object, found an array");
  }

  @Test
  void theExceptionMessageCountsAndListsEveryProblem() {
    BulletinInvalidException e = catchThrowableOfType(BulletinInvalidException.class,
        () -> BulletinJson.reader().read("{\"formatVersion\": 1}"));

    assertThat(e.getMessage()).isEqualTo("""
        4 problems:
        $.id: missing required field 'id'
        $.title: missing required field 'title'
        $.publisher: missing required field 'publisher'
        $.sections: missing required field 'sections'""");
  }

  @Test
  void readsRelativeLogoPathsAgainstTheFilesDirectory(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("logo.png"), Pictures.png(4, 4));
    String json = Fixtures.text(Fixtures.VALID + "/minimal-free.json")
        .replace("\"name\": \"Example Safeguarding Partnership\"",
            "\"name\": \"Example Safeguarding Partnership\", \"logo\": {\"path\": \"logo.png\", \"alt\": \"Example\"}");
    Path file = dir.resolve("bulletin.json");
    Files.writeString(file, json);

    assertThat(BulletinJson.reader().read(file).publisher().logo().path()).isEqualTo("logo.png");
    assertThatThrownBy(() -> BulletinJson.reader().read(json))
        .hasMessage("1 problem:\n$.publisher.logo.path: cannot use logo 'logo.png': no such file");
  }

  private static Problem single(String json) {
    List<Problem> problems = problems(json);
    assertThat(problems).hasSize(1);
    return problems.get(0);
  }

  static List<Problem> problems(String json) {
    BulletinInvalidException e = catchThrowableOfType(BulletinInvalidException.class,
        () -> BulletinJson.reader().read(json));
    assertThat(e).as("expected the document to be refused").isNotNull();
    return e.problems();
  }
}
