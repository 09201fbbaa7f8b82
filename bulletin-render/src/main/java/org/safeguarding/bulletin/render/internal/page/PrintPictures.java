package org.safeguarding.bulletin.render.internal.page;

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
import org.safeguarding.bulletin.render.internal.PictureTexts;
import org.safeguarding.bulletin.render.pictogram.PictogramSet;
import org.safeguarding.bulletin.render.pictogram.Picture;

/**
 * The pictures of a pictogram set as the print page shows them: each PNG flattened onto white (print
 * pages are white) and scaled to {@value #SIZE} pixels, which is over 300 dots per inch at the size
 * printed. An opaque PNG goes into a PDF as it is, where one with transparency would be decoded and
 * encoded again for every document; each is made once, when first needed. Thread-safe.
 *
 * <p>The page names each picture by a short address, {@code bulletin-picture:<name>}, whose bytes
 * {@link #png(String)} gives: the PDF engine then neither decodes nor scans a long data address
 * for every picture of every document.
 */
public final class PrintPictures {
  /** The width and height in pixels. */
  static final int SIZE = 160;

  /** The scheme of the pictures' addresses. */
  public static final String SCHEME = "bulletin-picture";

  private static final PrintPictures BUILT_IN = new PrintPictures(PictogramSet.builtIn());

  private final PictogramSet set;
  private final Map<Pictogram, byte[]> pngs = new ConcurrentHashMap<>();

  private PrintPictures(PictogramSet set) {
    this.set = set;
  }

  /** The print pictures of {@code set}; those of the built-in set are made once for every renderer. */
  public static PrintPictures of(PictogramSet set) {
    return set == PictogramSet.builtIn() ? BUILT_IN : new PrintPictures(set);
  }

  /**
   * The print image of {@code pictogram}, with {@code libraryText} (the library's words for it, in
   * the bulletin's language) as its text where the set shows the built-in picture, the caller's own
   * alt text where it shows the caller's.
   */
  PageImage image(Pictogram pictogram, String libraryText) {
    return new PageImage(SCHEME + ":" + pictogram.jsonName(), PictureTexts.altText(set, pictogram, libraryText));
  }

  /** The PNG that {@code address} names, if it is the address of a print picture (callers must not change it). */
  public Optional<byte[]> png(String address) {
    String prefix = SCHEME + ":";
    if (!address.startsWith(prefix)) {
      return Optional.empty();
    }
    return Pictogram.fromJsonName(address.substring(prefix.length()))
        .map(pictogram -> pngs.computeIfAbsent(pictogram, p -> opaque(set.picture(p))));
  }

  private static byte[] opaque(Picture picture) {
    try {
      BufferedImage source = ImageIO.read(new ByteArrayInputStream(picture.png()));
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
      throw new UncheckedIOException("cannot flatten picture '" + picture.name() + "' for print", e);
    }
  }
}
