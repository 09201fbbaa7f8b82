package org.safeguarding.bulletin.verify;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where the Chromium and the chromedriver are that run axe-core: the system's own, named by path,
 * so that nothing is downloaded. Neither has to exist: a missing one makes the axe-core check "not
 * run", with the path in the report.
 *
 * @param binary the Chromium (or Google Chrome) executable
 * @param driver the chromedriver of the same version
 */
public record Chromium(Path binary, Path driver) {
  /** The environment variable that names the Chromium: {@value}. */
  public static final String BINARY_VARIABLE = "BULLETIN_CHROMIUM";
  /** The environment variable that names the chromedriver: {@value}. */
  public static final String DRIVER_VARIABLE = "BULLETIN_CHROMEDRIVER";

  /** Checks that nothing is null. */
  public Chromium {
    Objects.requireNonNull(binary, "binary");
    Objects.requireNonNull(driver, "driver");
  }

  /**
   * The Chromium the environment names ({@value #BINARY_VARIABLE}, {@value #DRIVER_VARIABLE}), or
   * else Debian's: {@code /usr/bin/chromium} (or {@code /usr/bin/chromium-browser} when only that
   * is there) and {@code /usr/bin/chromedriver}.
   */
  public static Chromium fromEnvironment() {
    return from(System.getenv()::get);
  }

  /** As {@link #fromEnvironment()}, with the variables looked up in {@code environment}. */
  static Chromium from(Map<String, String> environment) {
    return from(environment::get);
  }

  private static Chromium from(Function<String, String> environment) {
    String binary = environment.apply(BINARY_VARIABLE);
    String driver = environment.apply(DRIVER_VARIABLE);
    Path debian = Path.of("/usr/bin/chromium");
    Path ubuntu = Path.of("/usr/bin/chromium-browser");
    Path defaultBinary = !Files.isExecutable(debian) && Files.isExecutable(ubuntu) ? ubuntu : debian;
    return new Chromium(blank(binary) ? defaultBinary : Path.of(binary),
        blank(driver) ? Path.of("/usr/bin/chromedriver") : Path.of(driver));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
