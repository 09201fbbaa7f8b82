package org.safeguarding.bulletin.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.bulletin.verify.CheckResult;
import org.safeguarding.bulletin.verify.Verifier;

/**
 * The Nu HTML Checker, from Maven Central and run in-process by bulletin-verify, finds nothing wrong
 * in the pages: the same checker as {@link NuHtmlCheckerTest}'s {@code vnu.jar} from npm, but
 * needing only a JDK, so that a build with {@code -Pjdk-only} checks the HTML too.
 */
class NuCheckerInProcessTest {
  private static final Verifier VERIFIER = Verifier.create();

  @ParameterizedTest
  @ValueSource(strings = {Fixtures.EXAMPLE, Fixtures.EVERY_FIELD, Fixtures.WELSH, Fixtures.MINIMAL, Fixtures.LONG_WORDS,
      Fixtures.COMBINING_MARKS, Fixtures.URDU, Fixtures.ARABIC, Fixtures.PUNJABI, Fixtures.CHINESE, Fixtures.POLISH,
      Fixtures.PAIR_ENGLISH, Fixtures.PAIR_WELSH})
  void findsNothingWrongInThePageOrItsEasyReadPage(String fixture) {
    assertThat(nuFailures(Fixtures.writePage(fixture))).as("Nu on the page of %s", fixture).isEmpty();
    assertThat(nuFailures(Fixtures.writeEasyReadPage(fixture))).as("Nu on the Easy Read page of %s", fixture).isEmpty();
  }

  @Test
  void findsWhatIsWrongInABrokenPage() throws Exception {
    Path broken = Files.writeString(Files.createDirectories(Path.of("target", "pages")).resolve("broken-in-process.html"),
        "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><p><div>x</div><li>y</li></body></html>");

    assertThat(nuFailures(broken)).isNotEmpty();
  }

  /** The failed rules of the Nu check, which must have run. */
  private static List<String> nuFailures(Path page) {
    CheckResult nu = VERIFIER.verify(page).checks().stream().filter(c -> c.validator().startsWith("Nu"))
        .findFirst().orElseThrow(() -> new AssertionError("no Nu check of " + page));
    assertThat(nu.status()).as("the Nu check of %s ran", page).isNotEqualTo(CheckResult.Status.NOT_RUN);
    return nu.failures().stream().map(Object::toString).toList();
  }
}
