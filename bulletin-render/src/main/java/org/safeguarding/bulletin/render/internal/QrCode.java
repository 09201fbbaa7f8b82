package org.safeguarding.bulletin.render.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * A QR code of a web address, for print: ZXing's encoder, error correction level M, the standard
 * quiet zone of four modules, each module {@value #PIXELS_PER_MODULE} pixels square, black on
 * white, as a one-bit PNG. The same address gives the same bytes.
 */
public final class QrCode {
  /** The pixels of one module: sharp at the size print gives the code. */
  public static final int PIXELS_PER_MODULE = 8;

  private static final Pattern WEB = Pattern.compile("(?i)https?://.+");
  private static final Map<EncodeHintType, Object> HINTS = Map.of(
      EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
      EncodeHintType.MARGIN, 4,
      EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());

  private QrCode() {}

  /** Whether {@code target} is a web address ({@code http:} or {@code https:}), which print gives a QR code. */
  public static boolean isWebAddress(String target) {
    return WEB.matcher(target).matches();
  }

  /** The PNG of the QR code of {@code address}. */
  public static byte[] png(String address) {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0, HINTS);
    } catch (WriterException e) {
      throw new IllegalArgumentException("no QR code holds an address of " + address.length() + " characters", e);
    }
    int size = matrix.getWidth() * PIXELS_PER_MODULE;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY);
    // The image's samples are its palette's indices, 0 black and 1 white: a row of modules is made
    // once and set as the pixel rows of its height (setRGB, a colour look-up per pixel, took a
    // quarter of a PDF's time).
    WritableRaster raster = image.getRaster();
    int[] row = new int[size];
    for (int moduleY = 0; moduleY < matrix.getHeight(); moduleY++) {
      for (int x = 0; x < size; x++) {
        row[x] = matrix.get(x / PIXELS_PER_MODULE, moduleY) ? 0 : 1;
      }
      for (int y = moduleY * PIXELS_PER_MODULE; y < (moduleY + 1) * PIXELS_PER_MODULE; y++) {
        raster.setPixels(0, y, size, 1, row);
      }
    }
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write a QR code as PNG", e);
    }
  }
}
