package org.safeguarding.bulletin.render.pdf;

import com.openhtmltopdf.extend.FSStream;
import com.openhtmltopdf.extend.FSStreamFactory;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.render.internal.page.PrintPictures;

/** Serves the print page's pictures to openhtmltopdf from memory, by their short addresses. */
final class PrintPictureStreams implements FSStreamFactory {
  private final PrintPictures pictures;

  PrintPictureStreams(PrintPictures pictures) {
    this.pictures = pictures;
  }

  @Override
  public @Nullable FSStream getUrl(String url) {
    return pictures.png(url).<FSStream>map(png -> new FSStream() {
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
