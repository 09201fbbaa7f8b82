package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.bulletin.model.Bulletin;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** veraPDF finds no failed rule of PDF/UA-1 or of PDF/A-2a, the two conformances the PDFs claim. */
class VeraPdfTest {

  static List<Named<Bulletin>> bulletins() {
    return TestBulletins.named();
  }

  @ParameterizedTest
  @MethodSource("bulletins")
  void conformsToPdfUa1(Bulletin bulletin) throws Exception {
    byte[] pdf = Pdfs.render(bulletin);

    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 rules failed by %s", bulletin.id()).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("bulletins")
  void conformsToPdfA2a(Bulletin bulletin) throws Exception {
    byte[] pdf = Pdfs.render(bulletin);

    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a rules failed by %s", bulletin.id()).isEmpty();
  }
}
