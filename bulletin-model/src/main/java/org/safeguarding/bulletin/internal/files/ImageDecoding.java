package org.safeguarding.bulletin.internal.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Decodes a picture in full, as the type it claims to be, so that a broken, truncated or disguised
 * file is refused before any output embeds it. The size is read from the header first, so that a
 * small file that would decode to a huge picture (a decompression bomb) is refused unread.
 *
 * <p>A JPEG with four colour components (CMYK, or YCCK as Photoshop writes CMYK) is refused too:
 * embedded as it is, it would put DeviceCMYK colour into the PDF, which then breaks its PDF/A-2a
 * claim (veraPDF rule 6.2.4.3: no CMYK output intent); and converting it to sRGB with no way to
 * check the colours (Adobe's inverted CMYK, embedded press profiles) could silently print a
 * different logo. The author is asked for an RGB picture instead.
 */
final class ImageDecoding {
  private ImageDecoding() {}

  /**
   * Decodes {@code bytes} as {@code format} ({@code png} or {@code jpeg}).
   *
   * @throws RefusedFileException if they are not a complete picture of that format, the decoder
   *     warns, or the picture has more than {@code maxPixels} pixels
   */
  static void decode(byte[] bytes, String format, long maxPixels) throws RefusedFileException {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    if (!readers.hasNext()) {
      throw new IllegalStateException("every Java runtime reads " + format);
    }
    ImageReader reader = readers.next();
    List<String> warnings = new ArrayList<>();
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
      long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
      if (pixels > maxPixels) {
        throw new RefusedFileException("the picture is " + reader.getWidth(0) + " × " + reader.getHeight(0)
            + " pixels, over the limit of " + maxPixels + " pixels (logo-pixels)");
      }
      if (format.equals("jpeg") && JpegComponents.count(reader) == 4) {
        throw new RefusedFileException("a CMYK JPEG picture, which the PDF cannot embed and stay PDF/A; save it in RGB"
            + " (sRGB) as a JPEG or PNG file");
      }
      reader.read(0);
    } catch (IOException | RuntimeException e) {
      throw new RefusedFileException("not a complete " + name(format) + " picture");
    } finally {
      reader.dispose();
    }
    if (!warnings.isEmpty()) {
      throw new RefusedFileException("not a complete " + name(format) + " picture: " + warnings.get(0));
    }
  }

  private static String name(String format) {
    return format.equals("png") ? "PNG" : "JPEG";
  }
}
