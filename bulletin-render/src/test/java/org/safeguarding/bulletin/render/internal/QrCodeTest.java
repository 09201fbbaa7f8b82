package org.safeguarding.bulletin.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.EncodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.color.PDIndexed;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A QR code's PNG: each module a black or white square of the set size, readable back to the address. */
class QrCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"http://safeguarding.dudley.gov.uk", "https://example.org/a/long/path?with=query&and=more"})
  void drawsEveryModuleAsASquareOfPixelsThatReadsBackAsTheAddress(String address) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(QrCode.png(address)));
    BitMatrix modules = new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0, Map.of(
        EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
        EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name()));

    assertThat(image.getWidth()).isEqualTo(modules.getWidth() * QrCode.PIXELS_PER_MODULE);
    assertThat(image.getHeight()).isEqualTo(modules.getHeight() * QrCode.PIXELS_PER_MODULE);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        boolean black = modules.get(x / QrCode.PIXELS_PER_MODULE, y / QrCode.PIXELS_PER_MODULE);
        assertThat(image.getRGB(x, y) & 0xFFFFFF).as("pixel (%d, %d)", x, y).isEqualTo(black ? 0 : 0xFFFFFF);
      }
    }
    int[] argb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
        new RGBLuminanceSource(image.getWidth(), image.getHeight(), argb)));
    assertThat(new QRCodeReader().decode(bitmap).getText()).isEqualTo(address);
  }

  @Test
  void isAPalettePngThatPdfBoxEmbedsWithoutDecodingIt() throws Exception {
    byte[] png = QrCode.png("http://safeguarding.dudley.gov.uk");

    assertThat(png[25]).as("the colour type in the PNG's header: 3 is a palette").isEqualTo((byte) 3);
    try (PDDocument pdf = new PDDocument()) {
      // PDFBox keeps a palette PNG's compressed rows; a grey one it decodes into a DeviceGray image.
      assertThat(PDImageXObject.createFromByteArray(pdf, png, "qr").getColorSpace()).isInstanceOf(PDIndexed.class);
    }
  }

  @Test
  void givesAKeptCodeAsANewArrayWithTheSameBytes() {
    byte[] first = QrCode.png("https://www.example.org/kept");
    byte[] again = QrCode.png("https://www.example.org/kept");
    assertThat(again).isEqualTo(first).isNotSameAs(first);
    first[0] = 0;
    assertThat(QrCode.png("https://www.example.org/kept")).isEqualTo(again);
  }

  @Test
  void keepsTheLastAddressesOnlyAndMakesTheSameCodeAgainAfter() {
    byte[] before = QrCode.png("https://www.example.org/first");
    for (int i = 0; i < QrCode.KEPT + 1; i++) {
      QrCode.png("https://www.example.org/" + i);
    }
    assertThat(QrCode.png("https://www.example.org/first")).isEqualTo(before);
  }
}
