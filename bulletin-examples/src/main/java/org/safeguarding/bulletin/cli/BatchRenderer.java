package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.nio.file.Path;
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
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.BulletinRenderer;

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

  /** One file moved into place: where, in which format, and from which input. */
  record Written(Path file, OutputFormat format, InputReader.Input input) {}

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
   * @throws IOException if an output cannot be written or moved into place (then none is)
   */
  Outcome render(List<InputReader.Input> inputs) throws IOException {
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size() * formats.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(threads * 2);
    AtomicReference<IOException> fatal = new AtomicReference<>();
    Map<InputReader.Input, RenderFailure> failures = new ConcurrentHashMap<>();
    Map<InputReader.Input, Queue<Written>> staged = new ConcurrentHashMap<>();
    try (StagingFolder staging = StagingFolder.create(directory)) {
      submit:
      for (InputReader.Input input : inputs) {
        for (OutputFormat format : formats) {
          acquire(inFlight);
          if (fatal.get() != null || (!keepGoing && !failures.isEmpty())) {
            break submit;
          }
          pool.execute(() -> {
            try {
              Path target = renderOne(input, format, staging);
              staged.computeIfAbsent(input, key -> new ConcurrentLinkedQueue<>()).add(new Written(target, format, input));
            } catch (IOException e) {
              fatal.compareAndSet(null, e);
            } catch (Throwable e) {
              failures.putIfAbsent(input, new RenderFailure(input.file(), format, e));
            } finally {
              inFlight.release();
            }
          });
        }
        progress.step();
      }
      pool.shutdown();
      awaitTermination(pool);
      if (fatal.get() != null) {
        throw fatal.get();
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
    } finally {
      pool.shutdownNow();
    }
  }

  /** Loads the input (kept from validation, or read again, so that memory stays small), renders and stages it. */
  private Path renderOne(InputReader.Input input, OutputFormat format, StagingFolder staging) throws IOException {
    Bulletin bulletin = input.source().load();
    BulletinRenderer renderer = renderers.get(format, input.directory());
    Path target = directory.resolve(renderer.fileName(bulletin));
    staging.stage(target, out -> renderer.render(bulletin, out));
    return target;
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
