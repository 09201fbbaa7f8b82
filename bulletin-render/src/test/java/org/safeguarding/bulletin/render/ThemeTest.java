package org.safeguarding.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.render.internal.Contrast;

class ThemeTest {

  @Test
  void acceptsTheStandardTheme() {
    assertThat(Theme.builder().build()).isEqualTo(Theme.standard());
  }

  @Test
  void refusesTextBelowFourAndAHalfToOneNamingThePairAndTheRatio() {
    Palette grey = Palette.light().with(ColourRole.LINK, "#7a7a7a"); // 4.29:1 on white, as WebAIM's contrast checker says

    assertThatThrownBy(() -> Theme.builder().light(grey).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("theme: 3 pairs of colours have too little contrast\n"
            + "light palette: link #7a7a7a on background #ffffff has contrast 4.29:1, needs at least 4.5:1\n"
            + "light palette: link #7a7a7a on surface #f2f5f9 has contrast 3.92:1, needs at least 4.5:1\n"
            + "light palette: link #7a7a7a on urgent-surface #fdf1f1 has contrast 3.88:1, needs at least 4.5:1");
  }

  @Test
  void refusesBordersBelowThreeToOne() {
    Palette faint = Palette.dark().with(ColourRole.ACCENT, "#333333");

    assertThatThrownBy(() -> Theme.builder().dark(faint).build())
        .hasMessage("theme: 1 pair of colours has too little contrast\n"
            + "dark palette: accent #333333 on background #121417 has contrast 1.46:1, needs at least 3.0:1");
  }

  @Test
  void refusesAColourThatIsNotHex() {
    assertThatThrownBy(() -> Palette.light().with(ColourRole.TEXT, "black"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("palette: text: expected a colour written #rrggbb, found 'black'");
  }

  @Test
  void computesWcagContrast() {
    assertThat(Contrast.ratio("#000000", "#ffffff")).isEqualTo(21.0);
    assertThat(Contrast.format(Contrast.ratio("#767676", "#ffffff"))).isEqualTo("4.54:1");
    assertThat(Contrast.format(4.4999)).isEqualTo("4.49:1");
  }

  @Test
  void refusesALogoWithoutAltText() {
    assertThatThrownBy(() -> new BrandLogo("image/png", new byte[] {1}, " "))
        .hasMessage("logo: alt must say what the logo shows, found blank text");
  }
}
