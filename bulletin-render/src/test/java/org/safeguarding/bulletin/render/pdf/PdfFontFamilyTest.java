package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.bulletin.verify.pdf.VeraPdf;
import org.verapdf.pdfa.flavours.PDFAFlavour;

class PdfFontFamilyTest {
  @TempDir
  Path dir;

  @Test
  void takesTheCallersOwnTrueTypeFamily() throws Exception {
    PdfFontFamily house = PdfFontFamily.of("House Sans", copy("DejaVuSans.ttf"), copy("DejaVuSans-Bold.ttf"),
        copy("DejaVuSans-Oblique.ttf"), copy("DejaVuSans-BoldOblique.ttf"));
    PdfRenderer renderer = PdfRenderer.builder().fonts(house).build();

    byte[] bytes = Pdfs.render(renderer, "house-font", TestBulletins.example());

    assertThat(renderer.fonts()).extracting(PdfFontFamily::name).containsExactly("House Sans");
    try (PDDocument pdf = PdfStructure.load(bytes)) {
      for (PDPage page : pdf.getPages()) {
        for (var name : page.getResources().getFontNames()) {
          assertThat(page.getResources().getFont(name).getName()).contains("DejaVuSans");
        }
      }
    }
    assertThat(VeraPdf.failures(bytes, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void refusesAFileThatIsNotTrueType() throws Exception {
    Path text = Files.writeString(dir.resolve("not-a-font.ttf"), "hello");
    Path font = copy("DejaVuSans.ttf");

    assertThatThrownBy(() -> PdfFontFamily.of("Broken", text, font, font, font))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("font family Broken: the regular face is not a TrueType font");
  }

  @Test
  void refusesNamesThatTheStyleSheetCannotQuote() {
    assertThatThrownBy(() -> PdfFontFamily.of("Say \"hi\"", dir, dir, dir, dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("font family: expected a name without quotes or backslashes, found 'Say \"hi\"'");
  }

  @Test
  void refusesAnEmptyOrRepeatedListOfFamilies() {
    assertThatThrownBy(() -> PdfRenderer.builder().fonts())
        .hasMessage("fonts: expected at least one font family, found none");
    assertThatThrownBy(() -> PdfRenderer.builder().fonts(PdfFontFamily.dejaVuSans(), PdfFontFamily.dejaVuSans()))
        .hasMessageStartingWith("fonts: expected families with different names");
  }

  private Path copy(String file) throws Exception {
    try (InputStream in = PdfFontFamily.class.getResourceAsStream("fonts/" + file)) {
      Path target = dir.resolve(file);
      Files.copy(in, target);
      return target;
    }
  }
}
