package org.safeguarding.bulletin.verify.pdf;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.safeguarding.bulletin.verify.RuleFailure;
import org.verapdf.ReleaseDetails;
import org.verapdf.core.ModelParsingException;
import org.verapdf.core.ValidationException;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.VeraPDFFoundry;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * Validates PDFs with veraPDF's own library (its Greenfield parser, as its command line does)
 * against one profile, such as {@link PDFAFlavour#PDFUA_1} or {@link PDFAFlavour#PDFA_2_A}.
 */
public final class VeraPdf {
  private static final String RELEASE = "validation-model";

  static {
    VeraGreenfieldFoundryProvider.initialise();
    ReleaseDetails.addDetailsFromResource(
        ReleaseDetails.APPLICATION_PROPERTIES_ROOT + RELEASE + "." + ReleaseDetails.PROPERTIES_EXT);
  }

  private VeraPdf() {}

  /** The version of veraPDF's validation model, such as {@code 1.30.1}. */
  public static String version() {
    return ReleaseDetails.byId(RELEASE).getVersion();
  }

  /**
   * The rules {@code pdf} fails in {@code flavour}, one per rule: its id (clause-test), its
   * message with how often it fails, and where it first fails; empty if the PDF conforms.
   *
   * @throws ModelParsingException if veraPDF cannot parse the file as a PDF
   */
  public static List<RuleFailure> failures(byte[] pdf, PDFAFlavour flavour)
      throws ModelParsingException, ValidationException {
    try (VeraPDFFoundry foundry = Foundries.defaultInstance();
        InputStream in = new ByteArrayInputStream(pdf);
        PDFAParser parser = foundry.createParser(in, flavour);
        PDFAValidator validator = foundry.createValidator(flavour, false)) {
      ValidationResult result = validator.validate(parser);
      Map<String, List<TestAssertion>> byRule = result.getTestAssertions().stream()
          .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
          .collect(Collectors.groupingBy(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber(),
              LinkedHashMap::new, Collectors.toList()));
      List<RuleFailure> failures = byRule.entrySet().stream()
          .map(e -> new RuleFailure(e.getKey(),
              e.getValue().get(0).getMessage().replaceAll("\\s+", " ") + " (" + e.getValue().size() + "×)",
              e.getValue().get(0).getLocation().getContext()))
          .toList();
      if (failures.isEmpty() && !result.isCompliant()) {
        return List.of(new RuleFailure("not-compliant", "not compliant, but no failed rule was reported", ""));
      }
      return failures;
    } catch (ModelParsingException | ValidationException e) {
      throw e;
    } catch (Exception e) {
      // close() of veraPDF's parser and foundry declares Exception.
      throw new IllegalStateException("veraPDF failed", e);
    }
  }
}
