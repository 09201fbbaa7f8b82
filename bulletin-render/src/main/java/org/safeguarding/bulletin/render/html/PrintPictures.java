package org.safeguarding.bulletin.render.html;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.render.pictogram.PictogramSet;
import org.safeguarding.bulletin.render.pictogram.Picture;

/**
 * The built-in pictures as the print page shows them: each PNG flattened onto white (print pages are
 * white) and scaled to {@value #SIZE} pixels, which is over 300 dots per inch at the size printed.
 * An opaque PNG goes into a PDF as it is, where one with transparency would be decoded and encoded
 * again for every document; these are made once, when first needed.
 */
final class PrintPictures {
  /** The width and height in pixels. */
  static final int SIZE = 160;

  private static final Map<Pictogram, PageImage> IMAGES = draw();

  private PrintPictures() {}

  /** The print image of {@code pictogram}, with its text. */
  static PageImage of(Pictogram pictogram) {
    return IMAGES.get(pictogram);
  }

  private static Map<Pictogram, PageImage> draw() {
    Map<Pictogram, PageImage> images = new EnumMap<>(Pictogram.class);
    for (Pictogram pictogram : Pictogram.values()) {
      Picture picture = PictogramSet.builtIn().picture(pictogram);
      images.put(pictogram, new PageImage(DataUri.of("image/png", opaque(picture.png())), picture.altText()));
    }
    return images;
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
