package org.safeguarding.bulletin.render.pictogram;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safeguarding.bulletin.model.Pictogram;

/**
 * The built-in PNGs shipped in the jar are exactly what Batik draws from the built-in SVGs, so
 * Word shows the same pictures as the HTML page and the PDF. After changing an SVG, run with
 * {@code -Dpictograms.update=true} to draw the PNGs again into the source tree.
 */
class BuiltInPngTest {
  private static final Path SOURCES = Path.of("src/main/resources/org/safeguarding/bulletin/render/pictogram");

  @ParameterizedTest
  @EnumSource(Pictogram.class)
  void theShippedPngIsDrawnFromTheSvg(Pictogram pictogram) throws IOException {
    Picture picture = PictogramSet.builtIn().picture(pictogram);
    byte[] drawn = SvgRasteriser.toPng(picture.name(), picture.svg(), Picture.PNG_SIZE_PIXELS);
    if (Boolean.getBoolean("pictograms.update")) {
      Files.write(SOURCES.resolve(picture.name() + ".png"), drawn);
    }

    assertThat(PictogramSet.class.getResource(picture.name() + ".png")).as("%s.png: run with -Dpictograms.update=true",
        picture.name()).isNotNull();
    assertThat(picture.png()).as("%s.png: run with -Dpictograms.update=true after changing %s.svg",
        picture.name(), picture.name()).isEqualTo(drawn);
  }
}
