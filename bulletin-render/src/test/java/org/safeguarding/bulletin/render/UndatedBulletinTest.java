package org.safeguarding.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.docx.EasyReadDocxRenderer;
import org.safeguarding.bulletin.render.html.EasyReadHtmlRenderer;
import org.safeguarding.bulletin.render.html.HtmlRenderer;
import org.safeguarding.bulletin.render.pdf.EasyReadPdfRenderer;
import org.safeguarding.bulletin.render.pdf.PdfRenderer;
import org.safeguarding.bulletin.render.text.TextRenderer;
import org.safeguarding.bulletin.testing.Fixtures;

/**
 * A bulletin without a publication date gives the same bytes on any day, in every output: its date
 * comes from the render options (a fixed date by default), never from the wall clock unless the
 * options are given one. Two clocks a day apart stand for two days.
 */
class UndatedBulletinTest {
  private static final Bulletin UNDATED = Fixtures.valid("minimal-free");
  private static final Instant MONDAY = Instant.parse("2026-12-07T09:00:00Z");
  private static final Instant TUESDAY = Instant.parse("2026-12-08T17:30:00Z");

  static Stream<Arguments> outputs() {
    return Stream.of(
        Arguments.of("html", (Function<RenderOptions, BulletinRenderer>) HtmlRenderer::with, false),
        Arguments.of("docx", (Function<RenderOptions, BulletinRenderer>) EasyReadDocxRenderer::with, true),
        Arguments.of("pdf", (Function<RenderOptions, BulletinRenderer>) PdfRenderer::with, true),
        Arguments.of("text", (Function<RenderOptions, BulletinRenderer>) TextRenderer::with, false),
        Arguments.of("easy-read-html", (Function<RenderOptions, BulletinRenderer>) EasyReadHtmlRenderer::with, false),
        Arguments.of("easy-read-pdf", (Function<RenderOptions, BulletinRenderer>) EasyReadPdfRenderer::with, true));
  }

  @Test
  void theFixtureHasNoPublicationDate() {
    assertThat(UNDATED.published()).isNull();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void rendersWithTheDefaultDateUnlessGivenAnother(String name, Function<RenderOptions, BulletinRenderer> output,
      boolean dated) throws IOException {
    byte[] byDefault = render(output.apply(RenderOptions.defaults()), UNDATED);
    RenderOptions.Builder options = RenderOptions.builder();

    assertThat(render(output.apply(options.undatedDate(RenderOptions.DEFAULT_UNDATED_DATE).build()), UNDATED))
        .isEqualTo(byDefault);
    assertThat(render(output.apply(options.undatedDate(LocalDate.of(2026, 11, 27)).build()), UNDATED))
        .as("another date").matches(bytes -> java.util.Arrays.equals(bytes, byDefault) != dated);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("outputs")
  void takesTheDayFromAClockOnlyWhenTheOptionsAreGivenOne(String name, Function<RenderOptions, BulletinRenderer> output,
      boolean dated) throws IOException {
    byte[] monday = render(output.apply(clocked(MONDAY)), UNDATED);
    byte[] mondayEvening = render(output.apply(clocked(MONDAY.plusSeconds(8 * 3600))), UNDATED);
    byte[] tuesday = render(output.apply(clocked(TUESDAY)), UNDATED);

    assertThat(mondayEvening).as("the same day").isEqualTo(monday);
    if (dated) {
      assertThat(tuesday).as("a clock that is asked for dates the document").isNotEqualTo(monday);
    } else {
      assertThat(tuesday).as("this output shows no date for an undated bulletin").isEqualTo(monday);
    }
  }

  @Test
  void datesTheDocumentsWithTheOptionsDateNotToday() throws IOException {
    try (PDDocument pdf = Loader.loadPDF(render(PdfRenderer.create(), UNDATED));
        XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(render(EasyReadDocxRenderer.create(), UNDATED)))) {
      assertThat(utcDate(pdf.getDocumentInformation().getCreationDate())).isEqualTo(RenderOptions.DEFAULT_UNDATED_DATE);
      assertThat(LocalDate.ofInstant(docx.getProperties().getCoreProperties().getCreated().toInstant(), ZoneOffset.UTC))
          .isEqualTo(RenderOptions.DEFAULT_UNDATED_DATE);
    }
    try (PDDocument pdf = Loader.loadPDF(render(PdfRenderer.with(clocked(TUESDAY)), UNDATED))) {
      assertThat(utcDate(pdf.getDocumentInformation().getCreationDate())).isEqualTo(LocalDate.of(2026, 12, 8));
    }
  }

  private static RenderOptions clocked(Instant now) {
    return RenderOptions.builder().undatedClock(Clock.fixed(now, ZoneOffset.UTC)).build();
  }

  private static LocalDate utcDate(Calendar calendar) {
    return LocalDate.ofInstant(calendar.toInstant(), ZoneOffset.UTC);
  }

  private static byte[] render(BulletinRenderer renderer, Bulletin bulletin) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    renderer.render(bulletin, out);
    return out.toByteArray();
  }
}
