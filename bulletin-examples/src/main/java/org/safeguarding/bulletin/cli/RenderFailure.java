package org.safeguarding.bulletin.cli;

import java.nio.file.Path;
import org.safeguarding.bulletin.render.RenderException;

/** A document that could not be rendered in one format, and why: any exception or {@code Error} of its worker. */
record RenderFailure(Path file, OutputFormat format, Throwable cause) {
  /** One line for the user, without the {@code bulletin: } prefix, naming the input and format. */
  String describe() {
    String what = file + " as " + format.cliName();
    if (cause instanceof OutOfMemoryError) {
      return "out of memory while rendering " + what
          + "; give Java more with -Xmx, for example java -Xmx2g -jar bulletin.jar";
    }
    if (cause instanceof RenderException) {
      return "cannot render " + what + ": " + cause.getMessage();
    }
    return "internal failure while rendering " + what + ": " + cause.getClass().getSimpleName()
        + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }
}
