package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.RenderException;

/**
 * Renders many bulletins in every requested format, on every core, all or nothing: the outputs are
 * moved into place only when every one of them has been written. Only a few bulletins are in memory
 * at a time, however many there are.
 */
final class BatchRenderer {
  private final Set<OutputFormat> formats;
  private final Path directory;
  private final Progress progress;
  private final Renderers renderers;

  BatchRenderer(Set<OutputFormat> formats, Path directory, Progress progress, Renderers renderers) {
    this.formats = Set.copyOf(formats);
    this.directory = directory;
    this.progress = progress;
    this.renderers = renderers;
  }

  /**
   * Renders every input; returns the number of files written.
   *
   * @throws IOException if an input cannot be read or an output written (then no output is)
   * @throws RenderException if a renderer fails (then no output is written)
   * @throws OutOfMemoryError if the heap is too small for a document (then no output is written)
   */
  int render(List<InputReader.Input> inputs) throws IOException {
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size() * formats.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Semaphore inFlight = new Semaphore(threads * 2);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    try (AtomicOutputs outputs = new AtomicOutputs()) {
      for (InputReader.Input input : inputs) {
        for (OutputFormat format : formats) {
          acquire(inFlight);
          if (failure.get() != null) {
            break;
          }
          pool.execute(() -> {
            try {
              renderOne(input, format, outputs);
            } catch (IOException | RuntimeException | OutOfMemoryError e) {
              failure.compareAndSet(null, e);
            } finally {
              inFlight.release();
            }
          });
        }
        progress.step();
      }
      pool.shutdown();
      awaitTermination(pool);
      rethrow(failure.get());
      return outputs.commit();
    } finally {
      pool.shutdownNow();
    }
  }

  /** Loads the input (kept from validation, or read again, so that memory stays small) and renders it. */
  private void renderOne(InputReader.Input input, OutputFormat format, AtomicOutputs outputs) throws IOException {
    Bulletin bulletin = input.source().load();
    BulletinRenderer renderer = renderers.get(format, input.directory());
    outputs.stage(directory.resolve(renderer.fileName(bulletin)), out -> renderer.render(bulletin, out));
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

  private static void rethrow(Throwable failure) throws IOException {
    if (failure instanceof IOException io) {
      throw io;
    } else if (failure instanceof UncheckedIOException io) {
      throw io.getCause();
    } else if (failure instanceof RuntimeException runtime) {
      throw runtime;
    } else if (failure instanceof OutOfMemoryError error) {
      throw error;
    }
  }
}
