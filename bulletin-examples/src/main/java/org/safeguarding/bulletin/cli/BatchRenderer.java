package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.RenderException;

/**
 * Renders many bulletins in every requested format, on every core, all or nothing: the outputs are
 * moved into place only when every one of them has been written.
 */
final class BatchRenderer {
  private final Set<OutputFormat> formats;
  private final Path directory;
  private final Map<String, BulletinRenderer> renderers = new ConcurrentHashMap<>();

  BatchRenderer(Set<OutputFormat> formats, Path directory) {
    this.formats = Set.copyOf(formats);
    this.directory = directory;
  }

  /** One renderer per format and input directory, shared by every document that needs it. */
  private BulletinRenderer renderer(OutputFormat format, Path inputDirectory) {
    return renderers.computeIfAbsent(format + " " + inputDirectory, key -> format.renderer(inputDirectory));
  }

  /**
   * Renders every input; returns the number of files written.
   *
   * @throws IOException if an output cannot be written (then none is)
   * @throws RenderException if a renderer fails (then no output is written)
   */
  int render(List<InputReader.Input> inputs) throws IOException {
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), inputs.size() * formats.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (AtomicOutputs outputs = new AtomicOutputs()) {
      List<Future<?>> jobs = new ArrayList<>();
      for (InputReader.Input input : inputs) {
        for (OutputFormat format : formats) {
          BulletinRenderer renderer = renderer(format, input.directory());
          Path target = directory.resolve(renderer.fileName(input.bulletin()));
          jobs.add(pool.submit(() -> {
            outputs.stage(target, out -> renderer.render(input.bulletin(), out));
            return null;
          }));
        }
      }
      for (Future<?> job : jobs) {
        await(job);
      }
      outputs.commit();
      return jobs.size();
    } finally {
      pool.shutdownNow();
    }
  }

  private static void await(Future<?> job) throws IOException {
    try {
      job.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while rendering", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }
}
