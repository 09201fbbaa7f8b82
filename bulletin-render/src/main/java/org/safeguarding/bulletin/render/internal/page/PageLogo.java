package org.safeguarding.bulletin.render.internal.page;

import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.files.ImageFile;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.BrandLogo;
import org.safeguarding.bulletin.render.Theme;
import org.safeguarding.bulletin.render.internal.Validation;

/** Chooses the logo in the header band: the publisher's, else the theme's, else none. */
final class PageLogo {
  private PageLogo() {}

  /**
   * The publisher's logo if the validation reads files, else the theme's, else none.
   *
   * @throws IOException if the publisher's logo cannot be read
   */
  static @Nullable PageImage of(Bulletin bulletin, Theme theme, Validation validation) throws IOException {
    ImageFile logo = validation.logo(bulletin);
    if (logo != null) {
      return new PageImage(DataUri.of(logo.mediaType(), logo.bytes()), bulletin.publisher().logo().alt());
    }
    BrandLogo brand = theme.logo();
    return brand == null ? null : new PageImage(DataUri.of(brand.mediaType(), brand.data()), brand.alt());
  }
}
