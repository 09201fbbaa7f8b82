package org.safeguarding.bulletin.internal.files;

/** Why a file that a bulletin names cannot be used; the message is the reason, for a problem. */
public final class RefusedFileException extends Exception {
  private static final long serialVersionUID = 1L;

  /** Creates the exception; {@code reason} is lower-case, without a full stop. */
  public RefusedFileException(String reason) {
    super(reason, null, false, false);
  }
}
