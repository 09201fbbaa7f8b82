package org.safeguarding.bulletin.render.docx;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import org.jspecify.annotations.Nullable;

/**
 * The caller's stream, remembering the first {@link IOException} it threw. POI wraps such an
 * exception in an unchecked one of its own; the renderer throws the caller's exception instead, as
 * {@link org.safeguarding.bulletin.render.BulletinRenderer#render} declares.
 */
final class CallerStream extends FilterOutputStream {
  private @Nullable IOException failure;

  CallerStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw remembered(e);
    }
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    try {
      out.write(b, off, len);
    } catch (IOException e) {
      throw remembered(e);
    }
  }

  @Override
  public void flush() throws IOException {
    try {
      out.flush();
    } catch (IOException e) {
      throw remembered(e);
    }
  }

  /** Leaves the caller's stream open: the renderer does not own it. */
  @Override
  public void close() throws IOException {
    flush();
  }

  /** Throws the caller's exception if its stream failed; otherwise returns. */
  void rethrowFailure() throws IOException {
    if (failure != null) {
      throw failure;
    }
  }

  private IOException remembered(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }
}
