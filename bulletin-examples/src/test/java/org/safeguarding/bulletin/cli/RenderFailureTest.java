package org.safeguarding.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.bulletin.cli.OutputFolders.bulletins;
import static org.safeguarding.bulletin.cli.OutputFolders.render;
import static org.safeguarding.bulletin.cli.OutputFolders.snapshot;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.bulletin.render.BulletinRenderer;

/**
 * {@code render} when a worker fails (any {@code Error} included) or the output folder cannot take the
 * files: exit code 3, one line, no stack trace, and the folder exactly as it was, with no staging left.
 */
class RenderFailureTest {
  private static final String POI_LOGGER = "org.apache.poi.openxml4j.opc.internal.marshallers.ZipPartMarshaller";

  @TempDir
  Path dir;

  private Path out;
  private List<Path> inputs;
  private Map<String, byte[]> before;

  /** What a failing renderer does instead of rendering. */
  interface Fault {
    void hit(OutputStream out) throws IOException;
  }

  /** The folder holds an earlier run's outputs of the same six bulletins, with other titles. */
  @BeforeEach
  void renderAnEarlierRun() throws IOException {
    out = dir.resolve("out");
    CliRun earlier = new CliRun();
    assertThat(earlier.run(render(bulletins(dir.resolve("earlier"), "b", 6, "earlier"), out))).as(earlier.err()).isZero();
    before = snapshot(out);
    inputs = bulletins(dir.resolve("later"), "b", 6, "later");
  }

  static Stream<Throwable> errors() {
    return Stream.of(new OutOfMemoryError("Java heap space"), new StackOverflowError(), new AssertionError("broken"),
        new IllegalStateException("a bug"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void anyFailureOfAWorkerFailsTheRunAndChangesNothing(Throwable error) throws IOException {
    CliRun cli = new CliRun(failing(List.of("b03"), stream -> {
      throw sneaky(error);
    }));

    assertThat(cli.run(render(inputs, out))).as(cli.err()).isEqualTo(3);
    assertThat(cli.err().lines()).singleElement().asString()
        .contains("b03.json as ").endsWith("; nothing was written");
    assertUnchanged(cli);
  }

  @Test
  void keepGoingReportsEachFailedDocumentAndExitsNonZero() throws IOException {
    CliRun cli = new CliRun(failing(List.of("b01", "b04"), stream -> {
      throw new StackOverflowError();
    }));

    assertThat(cli.run(render(inputs, out, "--keep-going"))).as(cli.err()).isEqualTo(3);
    assertThat(cli.err().lines()).hasSize(3);
    assertThat(cli.err()).contains("b01.json as ", "b04.json as ", "its files were not written")
        .contains("rendered 4 documents into 12 files").doesNotContain("\tat ");
    Map<String, byte[]> after = snapshot(out);
    assertThat(after).containsOnlyKeys(before.keySet());
    after.forEach((name, bytes) -> assertThat(Arrays.equals(bytes, before.get(name)))
        .as(name).isEqualTo(name.startsWith("b01") || name.startsWith("b04")));
  }

  /** A disk that fills while POI writes: POI logs its own error line, then the stream fails. */
  @Test
  void aFullDiskIsOneLineAndChangesNothing() throws IOException {
    CliRun cli = new CliRun(failing(List.of("b03"), stream -> {
      stream.write(new byte[200_000]);
      LogManager.getLogger(POI_LOGGER).error("Cannot write: /word/media/image12.png");
      throw new IOException("No space left on device");
    }));

    assertThat(cli.run(render(inputs, out))).as(cli.err()).isEqualTo(3);
    assertThat(cli.err().lines()).containsExactly(
        "bulletin: cannot write to " + out + ": No space left on device; nothing was written");
    assertUnchanged(cli);
  }

  @Test
  void anOutputFolderThatCannotBeMadeIsOneLine() throws IOException {
    Path file = Files.writeString(dir.resolve("a-file"), "not a folder");
    CliRun cli = new CliRun();

    assertThat(cli.run(render(inputs, file.resolve("out")))).isEqualTo(3);
    assertThat(cli.err().lines()).singleElement().asString().startsWith("bulletin: cannot write to ")
        .endsWith("; nothing was written");
    assertThat(Files.readString(file)).isEqualTo("not a folder");
  }

  /** POI's error lines (through the Log4j API) never reach the terminal ahead of the command line's one line. */
  @Test
  void libraryLoggingIsSwitchedOff() {
    Logger poi = LogManager.getLogger(POI_LOGGER);
    assertThat(poi.isErrorEnabled()).isFalse();
    assertThat(poi.isFatalEnabled()).isFalse();
  }

  /** No stack trace was printed, and the output folder holds exactly the earlier run's files (no staging either). */
  private void assertUnchanged(CliRun cli) throws IOException {
    assertThat(cli.err()).doesNotContain("\tat ");
    Map<String, byte[]> after = snapshot(out);
    assertThat(after).containsOnlyKeys(before.keySet());
    assertThat(OutputFolders.same(after, before)).isTrue();
  }

  /** Renderers that fail with {@code fault} for the bulletins of {@code ids}, in every format. */
  private static UnaryOperator<BulletinRenderer> failing(List<String> ids, Fault fault) {
    return renderer -> new RenderingWrapper(renderer, (wrapped, bulletin, stream) -> {
      if (ids.contains(bulletin.id())) {
        fault.hit(stream);
      } else {
        wrapped.render(bulletin, stream);
      }
    });
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException sneaky(Throwable error) throws T {
    throw (T) error;
  }
}
