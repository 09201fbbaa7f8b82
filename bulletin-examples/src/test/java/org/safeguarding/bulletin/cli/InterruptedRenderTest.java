package org.safeguarding.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.safeguarding.bulletin.cli.OutputFolders.bulletins;
import static org.safeguarding.bulletin.cli.OutputFolders.render;
import static org.safeguarding.bulletin.cli.OutputFolders.same;
import static org.safeguarding.bulletin.cli.OutputFolders.snapshot;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code render} killed ({@code destroyForcibly}, SIGKILL on Unix) in a real child process at several
 * points, over a folder that holds an earlier run's outputs of the same 40 bulletins; then a second
 * run in-process: it cleans up, no staging folder is left, and the folder holds one run's complete
 * outputs, byte for byte those of a clean render of that run.
 */
class InterruptedRenderTest {
  private static final int COUNT = 40;
  private static final long TIMEOUT_MILLIS = 120_000;

  @TempDir
  static Path shared;

  private static List<Path> earlier;
  private static List<Path> later;
  private static Map<String, byte[]> earlierFiles;
  private static Map<String, byte[]> laterFiles;

  @TempDir
  Path dir;

  /** Where to kill the child, and which run's files the folder must hold once the next run has cleaned up. */
  enum Point {
    /** While its files are being staged: nothing was moved, so the earlier run's files stay. */
    WHILE_STAGING(0, true),
    /** Once the journal is written, before the moves: the next run moves the new files in. */
    BEFORE_THE_MOVES(100, false),
    /** Between two moves, the folder then holding files of both runs: the next run finishes the moves. */
    BETWEEN_TWO_MOVES(25, false),
    /** After a second, wherever it is: one run's files or the other's. */
    AFTER_ONE_SECOND(0, null),
    /** After four seconds, wherever it is. */
    AFTER_FOUR_SECONDS(0, null);

    final long pauseMillis;
    final Boolean earlierRun;

    Point(long pauseMillis, Boolean earlierRun) {
      this.pauseMillis = pauseMillis;
      this.earlierRun = earlierRun;
    }
  }

  @BeforeAll
  static void renderBothRunsCleanly() throws IOException {
    earlier = bulletins(shared.resolve("earlier"), "b", COUNT, "earlier");
    later = bulletins(shared.resolve("later"), "b", COUNT, "later");
    earlierFiles = cleanRender(earlier, shared.resolve("clean-earlier"));
    laterFiles = cleanRender(later, shared.resolve("clean-later"));
    assertThat(earlierFiles).hasSize(3 * COUNT);
    assertThat(same(earlierFiles, laterFiles)).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Point.class)
  void aKilledRenderIsCleanedUpByTheNextAndLeavesOneRunsFiles(Point point) throws Exception {
    Path out = Files.createDirectory(dir.resolve("out"));
    for (Map.Entry<String, byte[]> file : earlierFiles.entrySet()) {
      Files.write(out.resolve(file.getKey()), file.getValue());
    }

    Process child = start(later, out, point.pauseMillis);
    killAt(child, out, point);

    if (point == Point.BETWEEN_TWO_MOVES) {
      Map<String, byte[]> mixed = outputs(out);
      assertThat(mixed.keySet()).containsExactlyInAnyOrderElementsOf(earlierFiles.keySet());
      assertThat(mixed).anySatisfy((name, bytes) -> assertThat(bytes).isEqualTo(laterFiles.get(name)));
      assertThat(mixed).anySatisfy((name, bytes) -> assertThat(bytes).isEqualTo(earlierFiles.get(name)));
    }
    List<Path> other = bulletins(dir.resolve("other"), "other", 1, "other");
    CliRun next = new CliRun();
    assertThat(next.run(render(other, out, "--format", "html"))).as(next.err()).isZero();

    Map<String, byte[]> after = snapshot(out);
    assertThat(after).containsKey("other00.html");
    after.remove("other00.html");
    assertThat(after.keySet()).noneMatch(name -> name.startsWith("."));
    boolean isEarlier = same(after, earlierFiles);
    boolean isLater = same(after, laterFiles);
    assertThat(isEarlier || isLater).as("the folder holds one run's files, byte for byte").isTrue();
    if (point.earlierRun != null) {
      assertThat(isEarlier).as("the earlier run's files").isEqualTo(point.earlierRun);
      assertThat(next.err()).startsWith(point.earlierRun ? "bulletin: removed the staged files" : "bulletin: finished a render");
    }
    assertThat(next.err().lines().filter(line -> line.startsWith("bulletin: ")).count()).isLessThanOrEqualTo(1);
  }

  /** A whole run in a child process prints its summary and nothing else (no logging library's lines). */
  @Test
  void aChildRunPrintsOnlyItsSummary() throws Exception {
    Path out = dir.resolve("out");
    Process child = start(later, out, 0);
    assertThat(child.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)).isTrue();

    assertThat(child.exitValue()).as(Files.readString(dir.resolve("child.err"))).isZero();
    assertThat(Files.readString(dir.resolve("child.err")).lines())
        .singleElement().asString().startsWith("rendered " + COUNT + " documents into " + 3 * COUNT + " files");
    assertThat(same(snapshot(out), laterFiles)).isTrue();
  }

  private static Map<String, byte[]> cleanRender(List<Path> inputs, Path out) throws IOException {
    CliRun cli = new CliRun();
    assertThat(cli.run(render(inputs, out))).as(cli.err()).isZero();
    return snapshot(out);
  }

  /** Starts {@code bulletin render INPUTS --out OUT} in a new JVM with this test's class path. */
  private Process start(List<Path> inputs, Path out, long pauseMillis) throws IOException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "-D" + Journal.PAUSE_PROPERTY + "=" + pauseMillis,
        BulletinCommand.class.getName()));
    command.addAll(List.of(render(inputs, out)));
    return new ProcessBuilder(command).redirectOutput(dir.resolve("child.out").toFile())
        .redirectError(dir.resolve("child.err").toFile()).start();
  }

  /** Waits until the child reaches {@code point}, kills it and waits for it to be gone. */
  private void killAt(Process child, Path out, Point point) throws Exception {
    long start = System.nanoTime();
    while (!reached(point, out, (System.nanoTime() - start) / 1_000_000)) {
      if (!child.isAlive()) {
        if (point.earlierRun == null) {
          return;
        }
        fail("the child ended before " + point + ": " + Files.readString(dir.resolve("child.err")));
      }
      if ((System.nanoTime() - start) / 1_000_000 > TIMEOUT_MILLIS) {
        fail("the child never reached " + point);
      }
      Thread.sleep(5);
    }
    child.destroyForcibly();
    assertThat(child.waitFor(TIMEOUT_MILLIS, TimeUnit.MILLISECONDS)).isTrue();
  }

  private static boolean reached(Point point, Path out, long elapsedMillis) throws IOException {
    Optional<Path> staging = stagingFolder(out);
    return switch (point) {
      case WHILE_STAGING -> staging.isPresent() && count(staging.get(), ".new") >= 10
          && !Files.exists(staging.get().resolve(Journal.FILE));
      case BEFORE_THE_MOVES -> staging.isPresent() && Files.exists(staging.get().resolve(Journal.FILE));
      case BETWEEN_TWO_MOVES -> staging.isPresent() && count(staging.get(), ".old") >= 10;
      case AFTER_ONE_SECOND -> elapsedMillis >= 1_000;
      case AFTER_FOUR_SECONDS -> elapsedMillis >= 4_000;
    };
  }

  /** The output files in {@code out}, without the staging folder. */
  private static Map<String, byte[]> outputs(Path out) throws IOException {
    Map<String, byte[]> files = snapshot(out);
    files.keySet().removeIf(name -> name.startsWith(StagingFolder.PREFIX));
    return files;
  }

  private static Optional<Path> stagingFolder(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      return files.filter(f -> f.getFileName().toString().startsWith(StagingFolder.PREFIX)).findFirst();
    }
  }

  private static long count(Path folder, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).count();
    } catch (java.nio.file.NoSuchFileException e) {
      return 0;
    }
  }
}
