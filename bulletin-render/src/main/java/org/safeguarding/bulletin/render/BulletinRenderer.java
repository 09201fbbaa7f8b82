package org.safeguarding.bulletin.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.internal.AtomicFile;
import org.safeguarding.bulletin.validate.Problem;

/**
 * Renders a bulletin in one output format. Implementations are immutable and thread-safe: build one
 * and reuse it for every bulletin.
 */
public interface BulletinRenderer {

  /**
   * Writes {@code bulletin} to {@code out}, which is not closed, as {@link #render(Bulletin,
   * Companions, OutputStream)} writes it with {@link Companions#none()}: pointing to no other file.
   *
   * @throws org.safeguarding.bulletin.validate.BulletinInvalidException if the bulletin breaks a
   *     document rule (see {@link org.safeguarding.bulletin.validate.BulletinValidator})
   * @throws RenderException if the rendering library fails
   * @throws IOException if {@code out} cannot be written
   */
  default void render(Bulletin bulletin, OutputStream out) throws IOException {
    render(bulletin, Companions.none(), out);
  }

  /**
   * Writes {@code bulletin} to {@code out}, which is not closed, pointing to the files made with it:
   * the HTML page lists {@link Companions#others()}, the PDF and the Easy Read Word document name
   * {@link Companions#page()}; the other outputs do not depend on {@code companions}.
   *
   * @throws org.safeguarding.bulletin.validate.BulletinInvalidException if the bulletin breaks a
   *     document rule (see {@link org.safeguarding.bulletin.validate.BulletinValidator})
   * @throws RenderException if the rendering library fails
   * @throws IOException if {@code out} cannot be written
   */
  void render(Bulletin bulletin, Companions companions, OutputStream out) throws IOException;

  /**
   * Writes {@code bulletin} to {@code file} whole or not at all: into a temporary file in the same
   * folder, which is moved into place once written (atomically where the file system can, replacing
   * the file that was there). If rendering or writing fails, the temporary file is deleted and
   * whatever was at {@code file} before is left unchanged.
   *
   * @throws org.safeguarding.bulletin.validate.BulletinInvalidException if the bulletin breaks a
   *     document rule, as {@link #render(Bulletin, OutputStream)} does
   * @throws RenderException if the rendering library fails
   * @throws IOException if the file cannot be written or moved into place
   */
  default void render(Bulletin bulletin, Path file) throws IOException {
    AtomicFile.write(file, out -> render(bulletin, out));
  }

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
