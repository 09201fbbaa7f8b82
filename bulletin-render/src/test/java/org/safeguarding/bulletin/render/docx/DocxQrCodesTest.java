package org.safeguarding.bulletin.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHyperlink;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.model.Bulletin;

/**
 * The Easy Read DOCX's QR codes: each web link of the example's points and contacts has a picture
 * whose alternative text names its address and which ZXing reads as that address; none when
 * switched off.
 */
class DocxQrCodesTest {
  @Test
  void eachWebLinkHasAQrCodeNamedInItsAltTextThatReadsAsItsAddress() throws Exception {
    Bulletin example = Bulletins.read(Bulletins.EXAMPLE);
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
        Bulletins.render(EasyReadDocxRenderer.create(), example)))) {
      Set<String> links = new LinkedHashSet<>();
      for (XWPFHyperlink link : doc.getHyperlinks()) {
        if (link.getURL().startsWith("http")) {
          links.add(link.getURL());
        }
      }
      Set<String> decoded = new LinkedHashSet<>();
      for (XWPFPictureData picture : doc.getAllPictures()) {
        decode(picture.getData()).ifPresent(decoded::add);
      }
      String xml = doc.getDocument().xmlText();

      assertThat(links).as("the example's web links").isNotEmpty();
      assertThat(decoded).containsExactlyInAnyOrderElementsOf(links);
      links.forEach(link -> assertThat(xml).contains("descr=\"QR code for " + link + "\""));
    }
  }

  @Test
  void noQrCodeWhenSwitchedOff() throws Exception {
    EasyReadDocxRenderer renderer = EasyReadDocxRenderer.with(RenderOptions.builder().qrCodes(false).build());
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(
        Bulletins.render(renderer, Bulletins.read(Bulletins.EXAMPLE))))) {
      assertThat(doc.getDocument().xmlText()).doesNotContain("QR code");
    }
  }

  private static java.util.Optional<String> decode(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    try {
      return java.util.Optional.of(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
          new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText());
    } catch (com.google.zxing.ReaderException e) {
      return java.util.Optional.empty(); // a pictogram
    }
  }

}
