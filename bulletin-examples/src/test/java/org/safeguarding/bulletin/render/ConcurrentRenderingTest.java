package org.safeguarding.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.examples.SaferSeven;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.docx.EasyReadDocxRenderer;
import org.safeguarding.bulletin.render.html.HtmlRenderer;
import org.safeguarding.bulletin.render.pdf.PdfRenderer;
import org.safeguarding.bulletin.testing.Fixtures;

/**
 * Shared renderers are thread-safe: 500 documents rendered on 8 threads give the same bytes as the
 * same documents rendered one by one.
 */
class ConcurrentRenderingTest {
  private static final int DOCUMENTS = 500;
  private static final int THREADS = 8;

  private final List<BulletinRenderer> renderers = List.of(HtmlRenderer.create(), EasyReadDocxRenderer.create(),
      PdfRenderer.create());

  @Test
  void fiveHundredDocumentsOnEightThreadsMatchOneByOne() throws Exception {
    List<Bulletin> bulletins = bulletins();
    List<String> oneByOne = new ArrayList<>();
    for (Bulletin bulletin : bulletins) {
      oneByOne.add(digests(bulletin));
    }

    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<String>> parallel = new ArrayList<>();
      for (Bulletin bulletin : bulletins) {
        parallel.add(pool.submit(() -> digests(bulletin)));
      }
      for (int i = 0; i < DOCUMENTS; i++) {
        assertThat(parallel.get(i).get()).as("document %d", i).isEqualTo(oneByOne.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** 500 bulletins: the example and the fixtures, in turn. */
  private static List<Bulletin> bulletins() {
    List<Bulletin> kinds = List.of(SaferSeven.build(), Fixtures.valid("every-field"), Fixtures.valid("welsh-free"),
        Fixtures.valid("minimal-free"));
    List<Bulletin> bulletins = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      bulletins.add(kinds.get(i % kinds.size()));
    }
    return bulletins;
  }

  /** The SHA-256 of each output of {@code bulletin}, joined. */
  private String digests(Bulletin bulletin) {
    StringBuilder digests = new StringBuilder();
    for (BulletinRenderer renderer : renderers) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        renderer.render(bulletin, out);
        digests.append(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(out.toByteArray())))
            .append(' ');
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }
    return digests.toString();
  }
}
