package org.safeguarding.bulletin.verify;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.safeguarding.bulletin.verify.pdf.VeraPdf;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** veraPDF's PDF/UA-1 and PDF/A-2a profiles: the two conformances the PDFs claim. */
final class VeraPdfCheck implements Check {
  private static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFUA_1, PDFAFlavour.PDFA_2_A);

  @Override
  public List<CheckResult> check(Path file, byte[] bytes) throws IOException {
    List<CheckResult> results = new ArrayList<>();
    for (PDFAFlavour flavour : FLAVOURS) {
      try {
        results.add(CheckResult.of(name(flavour), "veraPDF", VeraPdf.version(), VeraPdf.failures(bytes, flavour)));
      } catch (ModelParsingException e) {
        throw new IOException("veraPDF cannot parse it as a PDF: " + e.getMessage(), e);
      } catch (ValidationException e) {
        throw new IOException("veraPDF cannot validate it: " + e.getMessage(), e);
      }
    }
    return results;
  }

  private static String name(PDFAFlavour flavour) {
    return flavour == PDFAFlavour.PDFUA_1 ? "PDF/UA-1" : "PDF/A-2a";
  }
}
