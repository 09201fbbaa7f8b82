package org.safeguarding.bulletin.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks the JSON Schema of bulletin format version 1 ({@value #SCHEMA_RESOURCE}) against its
 * meta-schema and against the shared test fixtures.
 *
 * <p>The fixtures are found by listing their classpath directories, so a new file is tested as
 * soon as it is added:
 *
 * <ul>
 *   <li>every {@code *.json} file in {@value #VALID} must be accepted with no error;
 *   <li>every {@code *.json} file in {@value #INVALID} has exactly one problem that the schema can
 *       detect, and must be rejected. Its line in {@value #EXPECTATIONS} (in the same directory)
 *       gives the JSON path of the problem and the schema keyword that should report it: at least
 *       one error must be that keyword, reported at that path or naming the property at that path,
 *       and no error may be outside that path.
 * </ul>
 *
 * <p>The schema is validated fully offline: the registry never fetches remote resources, and the
 * 2020-12 meta-schema comes from the validator's own jar. Format assertions ({@code date}, {@code
 * uri}, {@code email}) are switched on so that the fixtures are checked as strictly as the schema
 * allows.
 */
class BulletinSchemaTest {

  private static final String SCHEMA_RESOURCE =
      "/org/safeguarding/bulletin/json/bulletin-v1.schema.json";
  private static final String VALID = "/fixtures/valid";
  private static final String INVALID = "/fixtures/invalid-schema";
  private static final String EXPECTATIONS = "expected-errors.properties";

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  private static SchemaRegistry registry;
  private static JsonNode schemaNode;
  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_PATH)
            .formatAssertionsEnabled(true)
            .build();
    registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder
                    .schemaRegistryConfig(config)
                    .schemaLoader(loader -> loader.fetchRemoteResources(false)));
    try (InputStream in = BulletinSchemaTest.class.getResourceAsStream(SCHEMA_RESOURCE)) {
      assertThat(in).as("schema on the classpath at %s", SCHEMA_RESOURCE).isNotNull();
      schemaNode = JSON.readTree(in);
    }
    schema = registry.getSchema(schemaNode);
    schema.initializeValidators();
  }

  @Test
  void schemaIsValidAgainstTheDraft202012MetaSchema() {
    String dialect = SpecificationVersion.DRAFT_2020_12.getDialectId();
    assertThat(schemaNode.path("$schema").asText()).isEqualTo(dialect);

    Schema metaSchema = registry.getSchema(SchemaLocation.of(dialect));
    assertThat(metaSchema.validate(schemaNode)).isEmpty();
  }

  @Test
  void schemaIdIsAnAbsoluteUriThatIsNeverFetched() {
    assertThat(schemaNode.path("$id").asText()).matches("urn:[a-z0-9][a-z0-9-]{1,31}:\\S+");
  }

  @Test
  void schemaNamesEveryBuiltInPictogramAndNoOther() {
    List<String> names = new java.util.ArrayList<>();
    schemaNode.path("$defs").path("pictogram").path("enum").forEach(name -> names.add(name.asText()));

    assertThat(names).containsExactlyElementsOf(java.util.Arrays.stream(org.safeguarding.bulletin.model.Pictogram.values())
        .map(org.safeguarding.bulletin.model.Pictogram::jsonName).toList());
  }

  @Test
  void schemaRejectsADocumentThatIsNotAnObject() {
    assertThat(schema.validate(JSON.getNodeFactory().arrayNode())).isNotEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validFixtures")
  void acceptsValidFixture(String fileName) throws IOException {
    JsonNode document = readFixture(VALID, fileName);

    assertThat(schema.validate(document)).as("schema errors in %s", fileName).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidFixtures")
  void rejectsInvalidFixtureAtTheExpectedPath(String fileName) throws IOException {
    String[] expectation = expectations().getProperty(fileName, "").trim().split("\\s+");
    assertThat(expectation)
        .as("line '%s = PATH KEYWORD' in %s/%s", fileName, INVALID, EXPECTATIONS)
        .hasSize(2);
    String expectedPath = expectation[0];
    String expectedKeyword = expectation[1];

    List<Error> errors = schema.validate(readFixture(INVALID, fileName));

    assertThat(errors).as("schema errors in %s", fileName).isNotEmpty();
    assertThat(errors)
        .as("an error '%s' at %s in %s", expectedKeyword, expectedPath, fileName)
        .anySatisfy(
            error -> {
              assertThat(error.getKeyword()).isEqualTo(expectedKeyword);
              assertThat(List.of(error.getInstanceLocation().toString(), problemPath(error)))
                  .contains(expectedPath);
            });
    assertThat(errors)
        .as("errors outside %s in %s (a fixture has exactly one problem)", expectedPath, fileName)
        .allSatisfy(error -> assertThat(isAtOrUnder(problemPath(error), expectedPath)).isTrue());
  }

  @Test
  void everyInvalidFixtureHasExactlyOneExpectation() throws IOException {
    assertThat(expectations().stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(invalidFixtures().collect(Collectors.toList()));
  }

  static Stream<String> validFixtures() throws IOException {
    return jsonFilesIn(VALID);
  }

  static Stream<String> invalidFixtures() throws IOException {
    return jsonFilesIn(INVALID);
  }

  /**
   * The JSON path of the problem an error reports. For a missing or unknown property, that is the
   * path of the property itself rather than of the object that should or should not hold it.
   */
  private static String problemPath(Error error) {
    String location = error.getInstanceLocation().toString();
    boolean namesProperty =
        "required".equals(error.getKeyword()) || "additionalProperties".equals(error.getKeyword());
    return namesProperty && error.getProperty() != null
        ? location + "." + error.getProperty()
        : location;
  }

  private static boolean isAtOrUnder(String path, String ancestor) {
    return path.equals(ancestor)
        || path.startsWith(ancestor + ".")
        || path.startsWith(ancestor + "[");
  }

  private static Properties expectations() throws IOException {
    Properties expectations = new Properties();
    try (Reader reader =
        Files.newBufferedReader(directory(INVALID).resolve(EXPECTATIONS), StandardCharsets.UTF_8)) {
      expectations.load(reader);
    }
    return expectations;
  }

  private static JsonNode readFixture(String directory, String fileName) throws IOException {
    try (Reader reader =
        Files.newBufferedReader(directory(directory).resolve(fileName), StandardCharsets.UTF_8)) {
      return JSON.readTree(reader);
    }
  }

  private static Stream<String> jsonFilesIn(String directory) throws IOException {
    List<String> names;
    try (Stream<Path> files = Files.list(directory(directory))) {
      names =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.endsWith(".json"))
              .sorted()
              .collect(Collectors.toList());
    }
    assertThat(names).as("JSON fixtures in %s", directory).isNotEmpty();
    return names.stream();
  }

  private static Path directory(String resource) {
    URL url = BulletinSchemaTest.class.getResource(resource);
    assertThat(url).as("classpath directory %s", resource).isNotNull();
    assertThat(url.getProtocol()).as("protocol of %s", url).isEqualTo("file");
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Not a file URL: " + url, e);
    }
  }
}
