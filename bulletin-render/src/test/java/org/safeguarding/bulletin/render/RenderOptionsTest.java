package org.safeguarding.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.render.pictogram.PictogramSet;
import org.safeguarding.bulletin.testing.Fixtures;
import org.safeguarding.bulletin.validate.Limits;
import org.safeguarding.bulletin.wording.Wordings;

class RenderOptionsTest {
  private static final Bulletin UNDATED = Fixtures.valid("minimal-free");
  private static final Bulletin DATED = Fixtures.valid("every-field");

  @Test
  void hasTheDefaultsEveryRendererHadBefore() {
    RenderOptions options = RenderOptions.defaults();

    assertThat(options.wordings()).isSameAs(Wordings.builtIn());
    assertThat(options.region()).isEqualTo("GB");
    assertThat(options.theme()).isEqualTo(Theme.standard());
    assertThat(options.pictograms()).isSameAs(PictogramSet.builtIn());
    assertThat(options.baseDirectory()).isEmpty();
    assertThat(options.fileRoot()).isEmpty();
    assertThat(options.limits()).isEqualTo(Limits.defaults());
    assertThat(options.pageSize()).isEqualTo(PageSize.A4);
    assertThat(options.date(UNDATED)).isEqualTo(LocalDate.of(2000, 1, 1));
  }

  @Test
  void aBulletinsOwnDateComesFirst() {
    RenderOptions options = RenderOptions.builder().undatedDate(LocalDate.of(2030, 1, 2)).build();

    assertThat(options.date(DATED)).isEqualTo(DATED.published()).isNotNull();
    assertThat(options.date(UNDATED)).isEqualTo(LocalDate.of(2030, 1, 2));
  }

  @Test
  void copiesKeepEverySettingButTheOneChanged() {
    RenderOptions options = RenderOptions.builder().pageSize(PageSize.LETTER).fileRoot(Path.of("shared"))
        .undatedDate(LocalDate.of(2030, 1, 2)).build();

    RenderOptions copy = options.withBaseDirectory(Path.of("shared", "march"));

    assertThat(copy.baseDirectory()).contains(Path.of("shared", "march"));
    assertThat(options.baseDirectory()).isEmpty();
    assertThat(copy.fileRoot()).contains(Path.of("shared"));
    assertThat(copy.pageSize()).isEqualTo(PageSize.LETTER);
    assertThat(copy.date(UNDATED)).isEqualTo(LocalDate.of(2030, 1, 2));
  }

  @Test
  void writesDatesInTheRegionGivenWhereTheBulletinsLanguageNamesNone() {
    LocalDate date = LocalDate.of(2026, 11, 27);
    Bulletin english = Bulletin.builder("english").layout(Layout.FREE).language("en").title("English")
        .publisher(Publisher.named("P")).section(Section.builder("S").paragraph("Text.").build()).build();
    RenderOptions american = RenderOptions.builder().region("us").build();

    assertThat(RenderOptions.defaults().wording(english).date(date)).isEqualTo("27 November 2026");
    assertThat(american.wording(english).date(date)).isEqualTo("November 27, 2026");
    assertThat(american.wording(DATED).date(date)).as("en-GB keeps its region").isEqualTo("27 November 2026");
  }

  @Test
  void takesTheCallersWords() {
    Wordings mine = Wordings.builtIn().with("en", Map.of("emergency", "Urgent help"));

    assertThat(RenderOptions.builder().wordings(mine).build().wordings()).isSameAs(mine);
  }

  @Test
  void refusesARegionThatIsNotOne() {
    assertThatThrownBy(() -> RenderOptions.builder().region("Britain"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("region: expected two letters or three digits, found 'Britain'");
    assertThatThrownBy(() -> RenderOptions.builder().region(""))
        .hasMessage("region: expected two letters or three digits, found ''");
  }

  @Test
  void namesTheMissingSetting() {
    assertThatThrownBy(() -> RenderOptions.builder().theme(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("theme");
  }
}
