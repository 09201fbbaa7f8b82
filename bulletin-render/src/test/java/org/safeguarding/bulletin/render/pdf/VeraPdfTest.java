package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.verify.pdf.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * veraPDF finds no failed rule of PDF/UA-1 or of PDF/A-2a, the two conformances the PDFs claim, for
 * the example, every block type, Welsh, the smallest bulletin, forty pages and long unbreakable words.
 */
class VeraPdfTest {

  static List<Arguments> bulletins() {
    return TestBulletins.named();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bulletins")
  void conformsToPdfUa1(String name, Bulletin bulletin) throws Exception {
    byte[] pdf = Pdfs.render(name, bulletin);

    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 rules failed by %s", name).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bulletins")
  void conformsToPdfA2a(String name, Bulletin bulletin) throws Exception {
    byte[] pdf = Pdfs.render(name, bulletin);

    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).as("PDF/A-2a rules failed by %s", name).isEmpty();
  }
}
