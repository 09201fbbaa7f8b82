package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import javax.xml.transform.TransformerFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.internal.JdkTransformers;
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

  /**
   * The tests' class path has Saxon (the Nu checker's), as the command line's has; a library caller's
   * may not. PDFBox writes the XMP metadata through whichever JAXP transformer it finds, and Saxon's
   * writes it differently, so this failed before the engine was made to use the JDK's.
   */
  @Test
  void givesTheSameBytesWhateverXmlTransformerTheClassPathOffers() throws Exception {
    Bulletin example = TestBulletins.example();
    byte[] withSaxonOnTheClassPath = Pdfs.render("example", example);
    AtomicReference<byte[]> withoutSaxon = new AtomicReference<>();

    JdkTransformers.run(() -> withoutSaxon.set(Pdfs.render("example-jdk-xml", example)));

    assertThat(TransformerFactory.newInstance().getClass().getName()).startsWith("net.sf.saxon.");
    assertThat(withSaxonOnTheClassPath).isEqualTo(withoutSaxon.get());
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
