package org.safeguarding.bulletin.render.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;

/**
 * A QR code of a web address, for print: ZXing's encoder, error correction level M, the standard
 * quiet zone of four modules, each module {@value #PIXELS_PER_MODULE} pixels square, black on
 * white, as a one-bit PNG with a palette. The same address gives the same bytes.
 *
 * <p>The codes of the last {@value #KEPT} addresses are kept: a partnership's bulletins name the
 * same few websites again and again, and making a code (ZXing choosing its mask, Java's PNG writer)
 * was a third of an Easy Read DOCX's time and a thirteenth of a PDF's.
 *
 * <p>A palette, not grey: PDFBox copies a palette PNG's compressed rows into the PDF as they are,
 * where it decodes a grey PNG pixel by pixel and compresses it again (17 % of a PDF's CPU time with
 * four codes). Java's PNG writer writes a palette whose entries are the grey ramp (black, then
 * white) as grey, so the palette here is white, then black.
 */
public final class QrCode {
  /** The pixels of one module: sharp at the size print gives the code. */
  public static final int PIXELS_PER_MODULE = 8;

  /** Sample 0 white, sample 1 black: not the grey ramp, so written as a palette. */
  private static final IndexColorModel WHITE_BLACK = new IndexColorModel(1, 2,
      new byte[] {(byte) 0xFF, 0}, new byte[] {(byte) 0xFF, 0}, new byte[] {(byte) 0xFF, 0});
  private static final Pattern WEB = Pattern.compile("(?i)https?://.+");
  private static final Map<EncodeHintType, Object> HINTS = Map.of(
      EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
      EncodeHintType.MARGIN, 4,
      EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());

  /** How many addresses' codes are kept (about a kilobyte each). */
  static final int KEPT = 256;

  private static final Map<String, byte[]> PNGS = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
      return size() > KEPT;
    }
  });

  private QrCode() {}

  /** Whether {@code target} is a web address ({@code http:} or {@code https:}), which print gives a QR code. */
  public static boolean isWebAddress(String target) {
    return WEB.matcher(target).matches();
  }

  /** The PNG of the QR code of {@code address}: a new array, for the caller to keep. */
  public static byte[] png(String address) {
    byte[] kept = PNGS.get(address);
    if (kept == null) {
      kept = encode(address); // outside the map's lock: threads rendering at once need not wait
      PNGS.put(address, kept);
    }
    return kept.clone();
  }

  private static byte[] encode(String address) {
    BitMatrix matrix;
    try {
      matrix = new QRCodeWriter().encode(address, BarcodeFormat.QR_CODE, 0, 0, HINTS);
    } catch (WriterException e) {
      throw new IllegalArgumentException("no QR code holds an address of " + address.length() + " characters", e);
    }
    int size = matrix.getWidth() * PIXELS_PER_MODULE;
    BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_BINARY, WHITE_BLACK);
    // The image's samples are its palette's indices, 1 black and 0 white: a row of modules is made
    // once and set as the pixel rows of its height (setRGB, a colour look-up per pixel, took a
    // quarter of a PDF's time).
    WritableRaster raster = image.getRaster();
    int[] row = new int[size];
    for (int moduleY = 0; moduleY < matrix.getHeight(); moduleY++) {
      for (int x = 0; x < size; x++) {
        row[x] = matrix.get(x / PIXELS_PER_MODULE, moduleY) ? 1 : 0;
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
