package org.safeguarding.bulletin.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.model.Bulletin;

/** Test bulletins from the class path, and rendering them to bytes. */
final class Bulletins {
  /** The Safer Seven example, copied from bulletin-examples. */
  static final String EXAMPLE = "/examples/online-risks-and-harms.json";

  /** The fixture with every field and block type, from bulletin-model's test jar. */
  static final String EVERY_FIELD = "/fixtures/valid/every-field.json";

  static final String WELSH = "/fixtures/valid/welsh-free.json";

  static final String MINIMAL = "/fixtures/valid/minimal-free.json";

  static final String URDU = "/fixtures/valid/urdu-free.json";

  static final String ARABIC = "/fixtures/valid/arabic-free.json";

  static final String PUNJABI = "/fixtures/valid/punjabi-free.json";

  static final String CHINESE = "/fixtures/valid/chinese-free.json";

  static final String POLISH = "/fixtures/valid/polish-free.json";

  static final String COMBINING_MARKS = "/fixtures/valid/combining-marks.json";

  static final String LONG_WORDS = "/fixtures/valid/long-words.json";

  private Bulletins() {}

  static Bulletin read(String resource) {
    try (InputStream in = Bulletins.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return BulletinJson.reader().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static byte[] render(EasyReadDocxRenderer renderer, Bulletin bulletin) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.render(bulletin, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] render(String resource) {
    return render(EasyReadDocxRenderer.create(), read(resource));
  }
}
