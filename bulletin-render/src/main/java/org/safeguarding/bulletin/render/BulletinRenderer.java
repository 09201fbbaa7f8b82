package org.safeguarding.bulletin.render;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.validate.Problem;

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

  /**
   * Every problem that would keep {@link #render} from rendering {@code bulletin}, each with its
   * JSON path: the document rules, and anything this output in particular cannot show (for the
   * PDF, characters no font has). Empty if the bulletin can be rendered. Callers that take
   * bulletins from others check this first, so that nothing fails at render time.
   */
  List<Problem> problems(Bulletin bulletin);

  /** The name of the file this renderer makes for {@code bulletin}, for example {@code online-risks-and-harms.html}. */
  String fileName(Bulletin bulletin);
}
