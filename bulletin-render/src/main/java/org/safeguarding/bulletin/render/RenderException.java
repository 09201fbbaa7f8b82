package org.safeguarding.bulletin.render;

/** A failure inside a rendering library, naming the output format and the stage that failed. */
public final class RenderException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param format the output format, for example "PDF"
   * @param stage what was being done, for example "laying out pages"
   * @param cause the library's exception
   */
  public RenderException(String format, String stage, Throwable cause) {
    super(format + ": failed while " + stage + ": " + cause.getMessage(), cause);
  }
}
