package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.Companions;
import org.safeguarding.bulletin.render.OtherFormat;

/**
 * Renders many bulletins in every requested format, on every core, through a {@link StagingFolder}:
 * the outputs are moved into place only when every one of them has been written. Only a few
 * bulletins are in memory at a time, however many there are.
 *
 * <p>Any failure of a worker, an {@code Error} such as {@code OutOfMemoryError} included, fails its
 * document. Without keep-going the run then stops and nothing is moved into place; with keep-going
 * the other documents are rendered and moved into place, and none of the failed document's files
 * is. An {@link IOException} (the output folder cannot take a file) always stops the run.
 */
final class BatchRenderer {
  /**
   * What a run did: the files moved into place (in input order, then format order) and the
   * documents that failed, in input order.
   */
  record Outcome(List<Written> written, List<RenderFailure> failures) {
    /** Copies the lists. */
    Outcome {
      written = List.copyOf(written);
      failures = List.copyOf(failures);
    }

    /** How many files were moved into place. */
    int files() {
      return written.size();
    }
  }

  /** One file moved into place: where, in which format, from which input, and its size in bytes. */
  record Written(Path file, OutputFormat format, InputReader.Input input, long bytes) {}

  private final Set<OutputFormat> formats;
  private final Path directory;
  private final Progress progress;
  private final Renderers renderers;
  private final boolean keepGoing;

  BatchRenderer(Set<OutputFormat> formats, Path directory, Progress progress, Renderers renderers, boolean keepGoing) {
    this.formats = Set.copyOf(formats);
    this.directory = directory;
    this.progress = progress;
    this.renderers = renderers;
    this.keepGoing = keepGoing;
  }

  /**
   * Renders every input. Without keep-going, a failure means no file is moved into place and the
   * outcome names that failure.
   *
   * <p>The HTML page is rendered after every other format, in a second pass, so that it can list
   * the other files of its bulletin with their sizes as staged (the bytes that are moved into
   * place); the other files name the page. With the page alone, nothing is listed.
   *
   * @throws IOException if an output cannot be written or moved into place (then none is)
   */
  Outcome render(List<InputReader.Input> inputs) throws IOException {
    Map<InputReader.Input, RenderFailure> failures = new ConcurrentHashMap<>();
    Map<InputReader.Input, Queue<Written>> staged = new ConcurrentHashMap<>();
    Set<OutputFormat> others = formats.stream().filter(format -> format != OutputFormat.HTML)
        .collect(Collectors.toUnmodifiableSet());
    Set<OutputFormat> page = formats.contains(OutputFormat.HTML) ? Set.of(OutputFormat.HTML) : Set.of();
    try (StagingFolder staging = StagingFolder.create(directory)) {
      Pass first = new Pass(staging, failures, staged, page.isEmpty());
      first.run(inputs, others);
      if (!page.isEmpty() && (keepGoing || failures.isEmpty())) {
        new Pass(staging, failures, staged, true).run(inputs, page);
      }
      List<RenderFailure> failed = inputs.stream().filter(failures::containsKey).map(failures::get).toList();
      if (!failed.isEmpty() && !keepGoing) {
        return new Outcome(List.of(), failed);
      }
      for (InputReader.Input input : failures.keySet()) {
        staging.discard(staged.getOrDefault(input, new ConcurrentLinkedQueue<>()).stream().map(Written::file).toList());
      }
      staging.commit();
      return new Outcome(inputs.stream().filter(input -> !failures.containsKey(input))
          .flatMap(input -> staged.getOrDefault(input, new ConcurrentLinkedQueue<>()).stream()
              .sorted(Comparator.comparing(Written::format)))
          .toList(), failed);
    }
  }

  /**
   * One pass over the inputs in some of the formats, on every core: the other formats first, then
   * the page, which needs their sizes.
   */
  private final class Pass {
    private final StagingFolder staging;
    private final Map<InputReader.Input, RenderFailure> failures;
    private final Map<InputReader.Input, Queue<Written>> staged;
    private final boolean stepsProgress;
    private final AtomicReference<IOException> fatal = new AtomicReference<>();

    Pass(StagingFolder staging, Map<InputReader.Input, RenderFailure> failures,
        Map<InputReader.Input, Queue<Written>> staged, boolean stepsProgress) {
      this.staging = staging;
      this.failures = failures;
      this.staged = staged;
      this.stepsProgress = stepsProgress;
    }

    /** Renders {@code inputs} (but those that failed already) in {@code passFormats}. */
    void run(List<InputReader.Input> inputs, Set<OutputFormat> passFormats) throws IOException {
      int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(),
          inputs.size() * Math.max(1, passFormats.size())));
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      Semaphore inFlight = new Semaphore(threads * 2);
      try {
        submit:
        for (InputReader.Input input : inputs) {
          for (OutputFormat format : passFormats) {
            acquire(inFlight);
            if (fatal.get() != null || (!keepGoing && !failures.isEmpty())) {
              break submit;
            }
            if (failures.containsKey(input)) {
              inFlight.release();
              continue;
            }
            pool.execute(() -> {
              try {
                staged.computeIfAbsent(input, key -> new ConcurrentLinkedQueue<>())
                    .add(renderOne(input, format, staging, staged.getOrDefault(input, new ConcurrentLinkedQueue<>())));
              } catch (IOException e) {
                fatal.compareAndSet(null, e);
              } catch (Throwable e) {
                failures.putIfAbsent(input, new RenderFailure(input.file(), format, e));
              } finally {
                inFlight.release();
              }
            });
          }
          if (stepsProgress) {
            progress.step();
          }
        }
        pool.shutdown();
        awaitTermination(pool);
      } finally {
        pool.shutdownNow();
      }
      if (fatal.get() != null) {
        throw fatal.get();
      }
    }
  }

  /**
   * Loads the input (kept from validation, or read again, so that memory stays small), renders and
   * stages it, pointing to its other files: the page lists those {@code done} (already staged, in
   * the order of {@link OtherFormat.Kind}), the others name the page if it is to be made.
   */
  private Written renderOne(InputReader.Input input, OutputFormat format, StagingFolder staging,
      Collection<Written> done) throws IOException {
    Bulletin bulletin = input.source().load();
    BulletinRenderer renderer = renderers.get(format, input.directory());
    Path target = directory.resolve(renderer.fileName(bulletin));
    Companions companions = companions(bulletin, input, format, done);
    long bytes = staging.stage(target, out -> renderer.render(bulletin, companions, out));
    return new Written(target, format, input, bytes);
  }

  private Companions companions(Bulletin bulletin, InputReader.Input input, OutputFormat format,
      Collection<Written> done) {
    if (format == OutputFormat.HTML) {
      return new Companions(null, done.stream()
          .flatMap(written -> written.format().otherKind().stream()
              .map(kind -> new OtherFormat(kind, written.file().getFileName().toString(), written.bytes())))
          .sorted(Comparator.comparing(OtherFormat::kind))
          .toList());
    }
    if (!formats.contains(OutputFormat.HTML)) {
      return Companions.none();
    }
    return new Companions(renderers.get(OutputFormat.HTML, input.directory()).fileName(bulletin), List.of());
  }

  private static void acquire(Semaphore semaphore) throws IOException {
    try {
      semaphore.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while rendering", e);
    }
  }

  private static void awaitTermination(ExecutorService pool) throws IOException {
    try {
      while (!pool.awaitTermination(1, TimeUnit.MINUTES)) {
        // keep waiting: every job ends
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while rendering", e);
    }
  }
}
