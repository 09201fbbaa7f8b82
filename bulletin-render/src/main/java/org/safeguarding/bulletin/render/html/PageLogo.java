package org.safeguarding.bulletin.render.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Logo;
import org.safeguarding.bulletin.render.BrandLogo;
import org.safeguarding.bulletin.render.Theme;

/** Chooses the logo in the header band: the publisher's, else the theme's, else none. */
final class PageLogo {
  private PageLogo() {}

  /**
   * The publisher's logo if a base directory is given, else the theme's, else none.
   *
   * @throws IOException if the publisher's logo cannot be read
   */
  static @Nullable PageImage of(Bulletin bulletin, Theme theme, @Nullable Path baseDirectory) throws IOException {
    Logo logo = bulletin.publisher().logo();
    if (logo != null && baseDirectory != null) {
      byte[] bytes = Files.readAllBytes(baseDirectory.resolve(logo.path()));
      return new PageImage(DataUri.of(DataUri.mediaType(logo.path()), bytes), logo.alt());
    }
    BrandLogo brand = theme.logo();
    return brand == null ? null : new PageImage(DataUri.of(brand.mediaType(), brand.data()), brand.alt());
  }
}
