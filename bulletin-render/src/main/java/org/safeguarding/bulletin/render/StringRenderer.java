package org.safeguarding.bulletin.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.safeguarding.bulletin.model.Bulletin;

/**
 * A renderer whose output is text, an HTML page or plain text, which it also gives as a string:
 * {@link #render(Bulletin, Companions, OutputStream)} writes that string as UTF-8.
 */
public interface StringRenderer extends BulletinRenderer {

  /**
   * The output for {@code bulletin}, as a string.
   *
   * @throws org.safeguarding.bulletin.validate.BulletinInvalidException if the bulletin breaks a
   *     document rule
   * @throws IOException if a file the bulletin names (its logo) cannot be read
   */
  String render(Bulletin bulletin) throws IOException;

  /**
   * The output for {@code bulletin}, as a string, pointing to the files made with it as {@link
   * #render(Bulletin, Companions, OutputStream)} says; by default as {@link #render(Bulletin)}.
   *
   * @throws org.safeguarding.bulletin.validate.BulletinInvalidException if the bulletin breaks a
   *     document rule
   * @throws IOException if a file the bulletin names (its logo) cannot be read
   */
  default String render(Bulletin bulletin, Companions companions) throws IOException {
    Objects.requireNonNull(companions, "companions");
    return render(bulletin);
  }

  /**
   * Writes {@link #render(Bulletin, Companions)} to {@code out} as UTF-8; {@code out} is not closed.
   *
   * @throws org.safeguarding.bulletin.validate.BulletinInvalidException if the bulletin breaks a
   *     document rule
   * @throws IOException if a file the bulletin names cannot be read or {@code out} cannot be written
   */
  @Override
  default void render(Bulletin bulletin, Companions companions, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(render(bulletin, companions).getBytes(StandardCharsets.UTF_8));
  }
}
