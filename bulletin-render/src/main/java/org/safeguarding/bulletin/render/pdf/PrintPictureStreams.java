package org.safeguarding.bulletin.render.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.render.internal.page.PrintPage;

/** Serves the print page's section pictures to openhtmltopdf from memory, by their short addresses. */
final class PrintPictureStreams implements FSStreamFactory {
  static final PrintPictureStreams INSTANCE = new PrintPictureStreams();

  private PrintPictureStreams() {}

  @Override
  public @Nullable FSStream getUrl(String url) {
    return PrintPage.picture(url).<FSStream>map(png -> new FSStream() {
      @Override
      public InputStream getStream() {
        return new ByteArrayInputStream(png);
      }

      @Override
      public @Nullable Reader getReader() {
        return null;
      }
    }).orElse(null);
  }
}
