package org.safeguarding.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RenderWarmUp}: started for render runs only, its POI part only where a DOCX may be made. */
class RenderWarmUpTest {
  @TempDir
  Path out;

  @Test
  void startsForRenderRunsAndRunsWithoutArguments() {
    assertThat(RenderWarmUp.runsRender(new String[0])).isTrue();
    assertThat(RenderWarmUp.runsRender(new String[] {"render", "a.json"})).isTrue();
    assertThat(RenderWarmUp.runsRender(new String[] {"validate", "a.json"})).isFalse();
    assertThat(RenderWarmUp.runsRender(new String[] {"--help"})).isFalse();
  }

  @Test
  void warmsPoiUpOnlyWhereTheFormatsMayIncludeTheDocx() {
    assertThat(RenderWarmUp.mayMakeDocx(new String[] {"render", "a.json"})).isTrue();
    assertThat(RenderWarmUp.mayMakeDocx(new String[] {"render", "--format", "html,DOCX"})).isTrue();
    assertThat(RenderWarmUp.mayMakeDocx(new String[] {"render", "--format=docx"})).isTrue();
    assertThat(RenderWarmUp.mayMakeDocx(new String[] {"render", "--format", "html", "--format=pdf"})).isFalse();
  }

  @Test
  void awaitingReturnsOnceTheWarmUpIsOverAndThenARenderRunsAsUsual() {
    assertTimeoutPreemptively(Duration.ofMinutes(2), () -> {
      RenderWarmUp.startFor(new String[] {"render"});
      RenderWarmUp.await();
      RenderWarmUp.await();
    });
    CliRun cli = new CliRun();
    assertThat(cli.run("render", "--format", "docx", "--out", out.toString())).isZero();
    assertThat(cli.err()).startsWith("rendered 1 document into 1 file");
  }
}
