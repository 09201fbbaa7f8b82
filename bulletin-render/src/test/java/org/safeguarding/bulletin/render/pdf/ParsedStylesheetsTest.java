package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.render.PageSize;
import org.safeguarding.bulletin.render.Theme;

class ParsedStylesheetsTest {
  private final PdfFontFamily atkinson = PdfFontFamily.atkinsonHyperlegibleNext();
  private final PdfFontFamily dejaVu = PdfFontFamily.dejaVuSans();
  private final ParsedStylesheets stylesheets = new ParsedStylesheets(Theme.standard(), PageSize.A4);

  @Test
  void parsesTheStyleSheetOnceForEachListOfFonts() {
    ParsedStylesheets.Base first = stylesheets.base(List.of(atkinson), false);

    assertThat(stylesheets.base(List.of(atkinson), false)).isSameAs(first);
    assertThat(stylesheets.base(List.of(atkinson, dejaVu), false)).isNotSameAs(first)
        .isSameAs(stylesheets.base(List.of(atkinson, dejaVu), false));
    assertThat(stylesheets.base(List.of(atkinson), true)).isNotSameAs(first)
        .isSameAs(stylesheets.base(List.of(atkinson), true));
  }

  @Test
  void parsesEveryRuleOfTheStyleSheetForTheFontsAndPaper() {
    String css = PrintStylesheet.base(PrintStylesheet.BASE_RESOURCE, Theme.standard(), List.of(atkinson, dejaVu),
        PageSize.A4, false);
    ParsedStylesheets.Base base = stylesheets.base(List.of(atkinson, dejaVu), false);

    assertThat(css).contains("size:A4", "\"Atkinson Hyperlegible Next\", \"DejaVu Sans\"")
        .doesNotContainPattern("var\\(--[a-z]");
    assertThat(base.stylesheet().getContents()).hasSizeGreaterThan(40);
  }
}
