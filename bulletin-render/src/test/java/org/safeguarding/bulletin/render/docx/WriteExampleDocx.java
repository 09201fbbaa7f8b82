package org.safeguarding.bulletin.render.docx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the Easy Read version of the example bulletin to the file named by the first argument,
 * for docs/make-easy-read-images.sh.
 */
public final class WriteExampleDocx {
  private WriteExampleDocx() {}

  /** Writes the file. */
  public static void main(String[] args) throws IOException {
    Files.write(Path.of(args[0]), Bulletins.render(Bulletins.EXAMPLE));
  }
}
