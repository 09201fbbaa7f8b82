package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.render.PageSize;

/** A page's height inside its margins, in points. */
class PageHeightTest {

  @Test
  void measuresA4AndLetterInsideTheirMargins() {
    // The bulletin's margins (24mm) and the Easy Read PDF's (40mm).
    assertThat(PageHeight.inside(PageSize.A4, 24)).isCloseTo(773.9, offset(0.1));
    assertThat(PageHeight.inside(PageSize.LETTER, 24)).isCloseTo(724.0, offset(0.1));
    assertThat(PageHeight.inside(PageSize.A4, 40)).isCloseTo(728.5, offset(0.1));
    assertThat(PageHeight.inside(PageSize.LETTER, 40)).isCloseTo(678.6, offset(0.1));
  }
}
