package org.safeguarding.bulletin.json;

import java.io.InputStream;
import java.util.List;
import org.safeguarding.bulletin.internal.json.TreeBinder;

/**
 * The front door to the JSON format: a reader, a writer and the JSON Schema.
 *
 * <pre>{@code
 * Bulletin bulletin = BulletinJson.reader().read(Path.of("bulletin.json"));
 * BulletinJson.writer().write(bulletin, System.out);
 * }</pre>
 */
public final class BulletinJson {
  /** The resource name of the JSON Schema (draft 2020-12) of format version 1. */
  public static final String SCHEMA_RESOURCE = "/org/safeguarding/bulletin/json/bulletin-v1.schema.json";

  private BulletinJson() {}

  /** A reader with the default settings. */
  public static BulletinReader reader() {
    return BulletinReader.create();
  }

  /** The writer. */
  public static BulletinWriter writer() {
    return BulletinWriter.create();
  }

  /** The format versions this build reads. */
  public static List<Integer> supportedVersions() {
    return TreeBinder.SUPPORTED_VERSIONS;
  }

  /** The JSON Schema of format version 1, as a stream the caller closes. */
  public static InputStream schema() {
    InputStream schema = BulletinJson.class.getResourceAsStream(SCHEMA_RESOURCE);
    if (schema == null) {
      throw new IllegalStateException("the JSON Schema is missing from the jar: " + SCHEMA_RESOURCE);
    }
    return schema;
  }
}
