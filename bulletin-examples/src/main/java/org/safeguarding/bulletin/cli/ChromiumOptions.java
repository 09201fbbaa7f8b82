package org.safeguarding.bulletin.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.verify.Chromium;
import org.safeguarding.bulletin.verify.Verifier;
import picocli.CommandLine.Option;

/**
 * {@code --chromium PATH} and {@code --chromedriver PATH}: the browser that runs axe-core, when it
 * is not where the environment ({@code BULLETIN_CHROMIUM}, {@code BULLETIN_CHROMEDRIVER}) or
 * Debian ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}) puts it.
 */
final class ChromiumOptions {
  @Option(names = "--chromium", paramLabel = "PATH",
      description = "The Chromium that runs axe-core (default: $" + Chromium.BINARY_VARIABLE + ", else /usr/bin/chromium);"
          + " none there: axe-core is reported as not run.")
  private @Nullable Path binary;

  @Option(names = "--chromedriver", paramLabel = "PATH",
      description = "Its chromedriver (default: $" + Chromium.DRIVER_VARIABLE + ", else /usr/bin/chromedriver).")
  private @Nullable Path driver;

  /** A verifier with the Chromium these options, or else the environment, name. */
  Verifier verifier() {
    Verifier verifier = Verifier.create();
    Chromium found = verifier.chromium();
    return verifier.withChromium(new Chromium(binary == null ? found.binary() : binary,
        driver == null ? found.driver() : driver));
  }
}
