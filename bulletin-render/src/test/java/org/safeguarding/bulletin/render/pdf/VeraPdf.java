package org.safeguarding.bulletin.render.pdf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Validates PDFs with veraPDF's own library, as its command line does, against one profile. */
final class VeraPdf {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /**
   * The rules {@code pdf} fails in {@code flavour}, one line per rule: its id (clause-test), how
   * often it fails and its description; empty if the PDF conforms.
   */
  static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (VeraPDFFoundry foundry = Foundries.defaultInstance();
        InputStream in = new ByteArrayInputStream(pdf);
        PDFAParser parser = foundry.createParser(in, flavour);
        PDFAValidator validator = foundry.createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      Map<String, List<TestAssertion>> byRule = result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .collect(Collectors.groupingBy(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(),
              LinkedHashMap::new, Collectors.toList()));
      List<String> lines = byRule.entrySet().stream()
          .map(e -> e.getKey() + " (" + e.getValue().size() + "×): "
              + e.getValue().get(0).getMessage().replaceAll("\\s+", " ")
              + " at " + e.getValue().get(0).getLocation().getContext())
          .toList();
      if (lines.isEmpty() && !result.isCompliant()) {
        return List.of("not compliant, but no failed rule was reported");
      }
      return lines;
    }
  }
}
