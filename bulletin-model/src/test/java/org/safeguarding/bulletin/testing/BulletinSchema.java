package org.safeguarding.bulletin.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.safeguarding.bulletin.json.BulletinJson;

/**
 * The library's JSON Schema, loaded from the jar into networknt's validator (draft 2020-12, fully
 * offline, format assertions on), for other modules' tests.
 */
public final class BulletinSchema {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Schema SCHEMA = load();

  private BulletinSchema() {}

  /** The schema's errors for {@code json}, as {@code PATH: message} lines; empty if it is accepted. */
  public static List<String> errors(String json) {
    try {
      List<Error> errors = SCHEMA.validate(JSON.readTree(json));
      return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema load() {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .pathType(PathType.JSON_PATH).formatAssertionsEnabled(true).build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        builder -> builder.schemaRegistryConfig(config).schemaLoader(loader -> loader.fetchRemoteResources(false)));
    try (InputStream in = BulletinJson.schema()) {
      Schema schema = registry.getSchema(JSON.readTree(in));
      schema.initializeValidators();
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
