package org.safeguarding.bulletin.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.model.Bulletin;

/**
 * The shared test fixtures: valid bulletins in {@code /fixtures/valid}, and documents with one
 * problem each in {@code /fixtures/invalid-schema}. Shipped in bulletin-model's test-jar for the
 * other modules' tests.
 */
public final class Fixtures {
  /** The classpath directory of valid bulletins. */
  public static final String VALID = "/fixtures/valid";

  /** The classpath directory of documents with one problem each. */
  public static final String INVALID = "/fixtures/invalid-schema";

  private Fixtures() {}

  /** The text of the fixture at {@code resource}, for example {@code /fixtures/valid/every-field.json}. */
  public static String text(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no such fixture: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The valid bulletin named {@code name} in {@link #VALID}, for example {@code every-field}. */
  public static Bulletin valid(String name) {
    return BulletinJson.reader().read(text(VALID + "/" + name + ".json"));
  }

  /**
   * The resource names of the JSON files in a classpath directory, sorted, whether the directory is
   * a folder (this module's tests) or inside this test jar (the other modules' tests in a full build).
   */
  public static List<String> jsonFiles(String directory) {
    URL url = Fixtures.class.getResource(directory);
    if (url == null) {
      throw new IllegalArgumentException("no such fixture directory: " + directory);
    }
    try {
      if (url.getProtocol().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(url.toURI(), Map.of())) {
          return list(jar.getPath(directory), directory);
        }
      }
      return list(Path.of(url.toURI()), directory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> list(Path folder, String directory) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
          .map(n -> directory + "/" + n).toList();
    }
  }
}
