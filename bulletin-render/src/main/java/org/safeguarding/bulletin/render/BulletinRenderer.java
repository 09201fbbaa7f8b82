package org.safeguarding.bulletin.render;

import java.io.IOException;
import java.io.OutputStream;
import org.safeguarding.bulletin.model.Bulletin;

/**
 * Renders a bulletin in one output format. Implementations are immutable and thread-safe: build one
 * and reuse it for every bulletin.
 */
public interface BulletinRenderer {

  /**
   * Writes {@code bulletin} to {@code out}, which is not closed.
   *
   * @throws org.safeguarding.bulletin.validate.BulletinInvalidException if the bulletin breaks a
   *     document rule (see {@link org.safeguarding.bulletin.validate.BulletinValidator})
   * @throws RenderException if the rendering library fails
   * @throws IOException if {@code out} cannot be written
   */
  void render(Bulletin bulletin, OutputStream out) throws IOException;

  /** The name of the file this renderer makes for {@code bulletin}, for example {@code online-risks-and-harms.html}. */
  String fileName(Bulletin bulletin);
}
