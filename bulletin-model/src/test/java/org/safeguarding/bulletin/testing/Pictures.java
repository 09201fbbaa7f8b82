package org.safeguarding.bulletin.testing;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Picture files for tests: good ones, broken ones and hostile ones. Shipped in the test-jar. */
public final class Pictures {
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10};

  private Pictures() {}

  /** A real PNG of {@code width} × {@code height} grey pixels. */
  public static byte[] png(int width, int height) {
    return encode(width, height, "png");
  }

  /** A real JPEG of {@code width} × {@code height} grey pixels. */
  public static byte[] jpeg(int width, int height) {
    return encode(width, height, "jpeg");
  }

  /**
   * A real JPEG of {@code width} × {@code height} pixels in four components, which readers take as
   * CMYK: what a print designer's logo often is.
   */
  public static byte[] cmykJpeg(int width, int height) {
    WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, width, height, 4, null);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        raster.setPixel(x, y, new int[] {200, 30, 0, 10});
      }
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(stream);
      writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
  }

  /**
   * {@link #cmykJpeg} with Adobe's APP14 marker after the start of the image, saying that the four
   * components are stored as YCCK ({@code transform} 2) or as plain CMYK (0), as Photoshop writes them.
   */
  public static byte[] adobeCmykJpeg(int width, int height, int transform) {
    byte[] plain = cmykJpeg(width, height);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(plain, 0, 2);
    out.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0,
        (byte) transform});
    out.write(plain, 2, plain.length - 2);
    return out.toByteArray();
  }

  /** The first {@code length} bytes of a real PNG: a file cut short. */
  public static byte[] truncatedPng(int length) {
    return Arrays.copyOf(png(64, 64), length);
  }

  /**
   * A small, well-formed PNG that claims to be {@code width} × {@code height} pixels: a
   * decompression bomb, whose header alone says it would fill the memory.
   */
  public static byte[] pngClaiming(int width, int height) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(PNG_SIGNATURE);
    chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
        .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).array());
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    deflater.setInput(new byte[1 << 20]);
    deflater.finish();
    byte[] buffer = new byte[1 << 16];
    int length = deflater.deflate(buffer);
    chunk(out, "IDAT", Arrays.copyOf(buffer, length));
    chunk(out, "IEND", new byte[0]);
    return out.toByteArray();
  }

  private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
    byte[] name = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(name);
    crc.update(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
    out.writeBytes(name);
    out.writeBytes(data);
    out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
  }

  private static byte[] encode(int width, int height, String format) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        image.setRGB(x, y, 0x808080);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
