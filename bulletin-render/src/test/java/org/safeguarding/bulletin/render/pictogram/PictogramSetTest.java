package org.safeguarding.bulletin.render.pictogram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safeguarding.bulletin.model.Pictogram;

class PictogramSetTest {
  private static final byte[] SQUARE = ("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
      + "<rect width=\"10\" height=\"10\" fill=\"#000\"/></svg>").getBytes(StandardCharsets.UTF_8);

  @Test
  void builtInSetHasAPictureForEveryPictogram() {
    assertThat(PictogramSet.builtIn().names())
        .containsExactlyElementsOf(Arrays.stream(Pictogram.values()).map(Pictogram::jsonName).sorted().toList());
    assertThat(PictogramSet.builtIn()).isSameAs(PictogramSet.builtIn());
  }

  @ParameterizedTest
  @EnumSource(Pictogram.class)
  void eachBuiltInPictureHasSvgAPrintResolutionPngAndAltText(Pictogram pictogram) throws IOException {
    Picture picture = PictogramSet.builtIn().picture(pictogram);

    assertThat(picture.name()).isEqualTo(pictogram.jsonName());
    assertThat(picture.altText()).isEqualTo(pictogram.altText());
    assertThat(picture.svgText()).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("#12263F");
    BufferedImage png = ImageIO.read(new ByteArrayInputStream(picture.png()));
    assertThat(png.getWidth()).isEqualTo(Picture.PNG_SIZE_PIXELS);
    assertThat(png.getHeight()).isEqualTo(Picture.PNG_SIZE_PIXELS);
    assertThat(picture.png()).isEqualTo(picture.png());
  }

  @Test
  void callersCanReplaceAndAddPicturesWithoutChangingTheBuiltInSet() {
    PictogramSet ours = PictogramSet.builder()
        .put(Pictogram.POLICE, SQUARE, "Our police officer")
        .put("bus-stop", SQUARE, "A bus stop")
        .build();

    assertThat(ours.picture(Pictogram.POLICE).altText()).isEqualTo("Our police officer");
    assertThat(ours.find("bus-stop")).map(Picture::altText).contains("A bus stop");
    assertThat(ours.picture(Pictogram.HOME)).isEqualTo(PictogramSet.builtIn().picture(Pictogram.HOME));
    assertThat(PictogramSet.builtIn().picture(Pictogram.POLICE).altText()).isEqualTo(Pictogram.POLICE.altText());
    assertThat(PictogramSet.builtIn().find("bus-stop")).isEmpty();
  }

  @Test
  void copiesTheArtworkSoCallersCannotChangeIt() {
    byte[] svg = SQUARE.clone();
    PictogramSet ours = PictogramSet.builder().put("square", svg, "A black square").build();
    svg[0] = 'X';
    ours.picture(Pictogram.HOME).svg()[0] = 'X';

    assertThat(ours.find("square").orElseThrow().svg()).isEqualTo(SQUARE);
    assertThat(ours.picture(Pictogram.HOME).svgText()).startsWith("<svg");
  }

  @Test
  void refusesBadNamesBlankAltTextAndSvgThatCannotBeDrawn() {
    PictogramSet.Builder builder = PictogramSet.builder();

    assertThatThrownBy(() -> builder.put("Bus Stop", SQUARE, "A bus stop"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name: expected lower-case words joined by hyphens, found 'Bus Stop'");
    assertThatThrownBy(() -> builder.put("bus-stop", SQUARE, " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("altText: picture 'bus-stop' needs alt text");
    assertThatThrownBy(() -> builder.put("broken", "<svg".getBytes(StandardCharsets.UTF_8), "Broken"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("pictogram 'broken': cannot draw its SVG");
  }

  @Test
  void refusesSvgThatLoadsAnExternalFile() {
    byte[] external = ("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
        + " width=\"10\" height=\"10\"><image width=\"10\" height=\"10\" xlink:href=\"file:///etc/hostname\"/></svg>")
        .getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> PictogramSet.builder().put("outside", external, "Outside"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
