package org.safeguarding.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.render.docx.EasyReadDocxRenderer;
import org.safeguarding.bulletin.render.html.HtmlRenderer;
import org.safeguarding.bulletin.render.pdf.PdfRenderer;
import org.safeguarding.bulletin.validate.Problem;

/**
 * Which outputs show which script: the table in the README and in docs/bulletin-format.md. HTML and
 * the Easy Read DOCX carry every script as text for the reader's browser or word processor to lay
 * out; the PDF draws the simple left-to-right scripts its fonts have and the Arabic script (joined,
 * right to left), and refuses the others at validation, naming the script.
 */
class ScriptSupportTest {
  static List<Arguments> samples() {
    return List.of(
        Arguments.of("cy", "Diogelwch ar-lein: ŵ ŷ", null),
        Arguments.of("pl", "Bezpieczeństwo w sieci: ą ł", null),
        Arguments.of("ro", "Siguranța pe internet: ș ț", null),
        Arguments.of("el", "Ασφάλεια στο διαδίκτυο", null),
        Arguments.of("uk", "Безпека в інтернеті: ґ є ї", null),
        Arguments.of("ur", "آن لائن حفاظت", null),
        Arguments.of("ar", "الأمان على الإنترنت", null),
        Arguments.of("fa", "امنیت آنلاین", null),
        Arguments.of("he", "בטיחות ברשת", "Hebrew"),
        Arguments.of("pa", "ਆਨਲਾਈਨ ਸੁਰੱਖਿਆ", "Gurmukhi"),
        Arguments.of("bn", "অনলাইন নিরাপত্তা", "Bengali"),
        Arguments.of("hi", "ऑनलाइन सुरक्षा", "Devanagari"),
        Arguments.of("zh", "网上安全", "Han"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void htmlAndDocxShowEveryScriptAndThePdfRefusesTheOthersNamingTheScript(String language, String text,
      @Nullable String refusedByPdf) throws Exception {
    Bulletin bulletin = Bulletin.builder(language).layout(Layout.FREE).language(language).title(text)
        .publisher(Publisher.named("P")).section(Section.builder(text).paragraph(text).build()).build();

    assertThat(HtmlRenderer.create().problems(bulletin)).isEmpty();
    ByteArrayOutputStream html = new ByteArrayOutputStream();
    HtmlRenderer.create().render(bulletin, html);
    assertThat(html.toString(StandardCharsets.UTF_8)).contains(text);
    if (List.of("ur", "ar", "fa", "he").contains(language)) {
      assertThat(html.toString(StandardCharsets.UTF_8)).contains("<html lang=\"" + language + "\" dir=\"rtl\">");
    }

    assertThat(EasyReadDocxRenderer.create().problems(bulletin)).isEmpty();
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    EasyReadDocxRenderer.create().render(bulletin, docx);
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.toByteArray()));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      assertThat(extractor.getText()).contains(text);
    }

    List<Problem> pdfProblems = PdfRenderer.create().problems(bulletin);
    if (refusedByPdf == null) {
      assertThat(pdfProblems).isEmpty();
      ByteArrayOutputStream pdf = new ByteArrayOutputStream();
      PdfRenderer.create().render(bulletin, pdf);
      assertThat(pdf.size()).isPositive();
    } else {
      assertThat(pdfProblems).singleElement().satisfies(problem -> {
        assertThat(problem.path()).isEqualTo("$.title");
        assertThat(problem.code()).isEqualTo("unsupported-script");
        assertThat(problem.message()).contains(" the " + refusedByPdf + " script");
      });
    }
  }
}
