package org.safeguarding.bulletin.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Chromium}: the environment names the browser and its driver, else Debian's paths. */
class ChromiumTest {
  @Test
  void theEnvironmentNamesTheBrowserAndItsDriver() {
    Chromium chromium = Chromium.from(Map.of("BULLETIN_CHROMIUM", "/opt/chrome/chrome",
        "BULLETIN_CHROMEDRIVER", "/opt/chrome/chromedriver"));

    assertThat(chromium).isEqualTo(new Chromium(Path.of("/opt/chrome/chrome"), Path.of("/opt/chrome/chromedriver")));
  }

  @Test
  void withoutTheVariablesItIsDebiansChromium() {
    Chromium chromium = Chromium.from(Map.of("BULLETIN_CHROMIUM", " "));

    assertThat(chromium.binary().toString()).startsWith("/usr/bin/chromium");
    assertThat(chromium.driver()).isEqualTo(Path.of("/usr/bin/chromedriver"));
  }

  @Test
  void aVerifierRunsAxeCoreInTheChromiumItIsGiven() {
    Chromium elsewhere = new Chromium(Path.of("/opt/c"), Path.of("/opt/d"));

    assertThat(Verifier.create().withChromium(elsewhere).chromium()).isEqualTo(elsewhere);
  }
}
