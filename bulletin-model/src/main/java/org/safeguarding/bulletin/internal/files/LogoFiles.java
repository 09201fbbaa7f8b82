package org.safeguarding.bulletin.internal.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import org.safeguarding.bulletin.validate.Limit;
import org.safeguarding.bulletin.validate.Limits;

/**
 * Reads the picture a bulletin names as its logo, the one way both validation and the renderers do,
 * so that what was checked is what is embedded: inside the bulletin's folder, a PNG or JPEG by its
 * name and by its content, within the limits on bytes and pixels.
 */
public final class LogoFiles {
  private LogoFiles() {}

  /**
   * The logo file that {@code written} names.
   *
   * @throws RefusedFileException saying why it cannot be used
   */
  public static ImageFile read(FileScope scope, String written, Limits limits) throws RefusedFileException {
    Path file = scope.locate(written);
    String format = format(written);
    long maxBytes = limits.get(Limit.LOGO_BYTES);
    byte[] bytes;
    try (InputStream in = Channels.newInputStream(
        Files.newByteChannel(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS))) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    } catch (IOException | SecurityException e) {
      throw new RefusedFileException("the file cannot be opened");
    }
    if (bytes.length > maxBytes) {
      throw new RefusedFileException("the file is over the limit of " + maxBytes + " bytes (logo-bytes)");
    }
    ImageDecoding.decode(bytes, format, limits.get(Limit.LOGO_PIXELS));
    return new ImageFile("image/" + format, bytes);
  }

  /** The format the file's name claims, {@code png} or {@code jpeg}. */
  private static String format(String written) throws RefusedFileException {
    String name = written.toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) {
      return "png";
    } else if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
      return "jpeg";
    } else if (name.endsWith(".svg")) {
      throw new RefusedFileException("an SVG picture, which the PDF cannot draw; give a PNG or JPEG file");
    }
    throw new RefusedFileException("expected a PNG or JPEG file, named .png, .jpg or .jpeg");
  }
}
