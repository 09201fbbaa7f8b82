package org.safeguarding.bulletin.render.html;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.render.pictogram.PictogramSet;

/**
 * The built-in pictures as the print page shows them: each PNG flattened onto white (print pages are
 * white) and scaled to {@value #SIZE} pixels, which is over 300 dots per inch at the size printed.
 * An opaque PNG goes into a PDF as it is, where one with transparency would be decoded and encoded
 * again for every document; each is made once, when first needed.
 *
 * <p>The page names each picture by a short address, {@code bulletin-picture:<name>}, whose bytes
 * {@link #png(String)} gives: the PDF engine then neither decodes nor scans a long data address
 * for every picture of every document.
 */
final class PrintPictures {
  /** The width and height in pixels. */
  static final int SIZE = 160;

  /** The scheme of the pictures' addresses. */
  static final String SCHEME = "bulletin-picture";

  private static final Map<Pictogram, byte[]> PNGS = new ConcurrentHashMap<>();

  private PrintPictures() {}

  /** The print image of {@code pictogram}, with {@code altText}. */
  static PageImage of(Pictogram pictogram, String altText) {
    return new PageImage(SCHEME + ":" + pictogram.jsonName(), altText);
  }

  /** The PNG that {@code address} names, if it is the address of a print picture (callers must not change it). */
  static Optional<byte[]> png(String address) {
    String prefix = SCHEME + ":";
    if (!address.startsWith(prefix)) {
      return Optional.empty();
    }
    return Pictogram.fromJsonName(address.substring(prefix.length()))
        .map(p -> PNGS.computeIfAbsent(p, q -> opaque(PictogramSet.builtIn().picture(q).png())));
  }

  private static byte[] opaque(byte[] png) {
    try {
      BufferedImage source = ImageIO.read(new ByteArrayInputStream(png));
      BufferedImage flat = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
      Graphics2D g = flat.createGraphics();
      try {
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE);
        g.drawImage(source, 0, 0, SIZE, SIZE, null);
      } finally {
        g.dispose();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ImageIO.write(flat, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot flatten a built-in picture for print", e);
    }
  }
}
