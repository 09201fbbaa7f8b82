package org.safeguarding.bulletin.verify;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions read from the properties files that libraries carry, which survive a shaded jar. */
final class Versions {
  private Versions() {}

  /** Property {@code key} of resource {@code name}, seen from {@code owner}; "unknown" when absent. */
  static String ofResource(Class<?> owner, String name, String key) {
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty(key, "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The version of bulletin-verify itself, which is that of its DOCX checks. */
  static String ofThisLibrary() {
    return ofResource(Versions.class, "verify.properties", "version");
  }
}
