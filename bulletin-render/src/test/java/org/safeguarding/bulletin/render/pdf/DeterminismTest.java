package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.testing.Fixtures;

/** The same bulletin gives the same bytes: rendered again, by another renderer, or on four threads at once. */
class DeterminismTest {

  @Test
  void givesTheSameBytesEveryTime() {
    Bulletin example = TestBulletins.example();
    byte[] first = Pdfs.render("example", example);

    assertThat(Pdfs.render("example", example)).isEqualTo(first);
    assertThat(Pdfs.render(PdfRenderer.create(), "example", example)).isEqualTo(first);
  }

  @Test
  void givesTheSameBytesOnFourThreadsSharingOneRenderer() throws Exception {
    List<Bulletin> bulletins = List.of(TestBulletins.example(), Fixtures.valid("every-field"),
        Fixtures.valid("welsh-free"), TestBulletins.longWords());
    List<byte[]> alone = bulletins.stream().map(b -> Pdfs.render("alone-" + b.id(), b)).toList();

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Callable<byte[]>> jobs = IntStream.range(0, 16)
          .<Callable<byte[]>>mapToObj(i -> () -> Pdfs.render("thread-" + i, bulletins.get(i % 4))).toList();
      List<Future<byte[]>> results = pool.invokeAll(jobs);
      for (int i = 0; i < results.size(); i++) {
        assertThat(results.get(i).get()).as("render %d", i).isEqualTo(alone.get(i % 4));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void differentBulletinsHaveDifferentDocumentIds() throws Exception {
    try (PDDocument a = PdfStructure.load(Pdfs.render("example", TestBulletins.example()));
        PDDocument b = PdfStructure.load(Pdfs.render("welsh-free", Fixtures.valid("welsh-free")))) {
      assertThat(a.getDocument().getDocumentID()).isNotNull();
      assertThat(a.getDocument().getDocumentID().toString()).isNotEqualTo(b.getDocument().getDocumentID().toString());
    }
  }
}
