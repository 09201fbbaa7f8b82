package org.safeguarding.bulletin.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.model.Bulletin;

/** The bulletins the HTML tests render, read from the test classpath. */
final class Fixtures {
  /** A copy of the Safer Seven example from bulletin-examples (which this module must not depend on). */
  static final String EXAMPLE = "/examples/online-risks-and-harms.json";
  /** Every block type and every optional field, from bulletin-model's test-jar. */
  static final String EVERY_FIELD = "/fixtures/valid/every-field.json";
  /** A Welsh bulletin. */
  static final String WELSH = "/fixtures/valid/welsh-free.json";
  /** A sixty-letter word in every place text can go: title, heading, paragraph, contact name, URL. */
  static final String LONG_WORDS = "/fixtures/valid/long-words.json";
  /** Letters typed as a letter and a combining mark. */
  static final String COMBINING_MARKS = "/fixtures/valid/combining-marks.json";
  /** Urdu, right to left. */
  static final String URDU = "/fixtures/valid/urdu-free.json";
  /** Arabic, right to left, with an English acronym and a phone number inside the Arabic text. */
  static final String ARABIC = "/fixtures/valid/arabic-free.json";
  /** Punjabi in Gurmukhi. */
  static final String PUNJABI = "/fixtures/valid/punjabi-free.json";
  /** Simplified Chinese, a language without the library's wording. */
  static final String CHINESE = "/fixtures/valid/chinese-free.json";
  /** Polish. */
  static final String POLISH = "/fixtures/valid/polish-free.json";
  /** The English half of a Welsh and English pair that name each other. */
  static final String PAIR_ENGLISH = "/fixtures/valid/online-safety-en.json";
  /** The Welsh half of the pair. */
  static final String PAIR_WELSH = "/fixtures/valid/online-safety-cy.json";
  /** The smallest valid bulletin. */
  static final String MINIMAL = "/fixtures/valid/minimal-free.json";

  private Fixtures() {}

  /** The bulletin in the classpath resource {@code name}. */
  static Bulletin read(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("no test resource " + name);
      }
      return BulletinJson.reader().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders the bulletin in {@code name} into {@code target/pages/}, for tools that read files. */
  static Path writePage(String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "pages"));
      Path file = dir.resolve(Path.of(name).getFileName().toString().replace(".json", ".html"));
      Files.writeString(file, page(name), StandardCharsets.UTF_8);
      return file.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Renders the Easy Read page of the bulletin in {@code name} into {@code target/pages/}. */
  static Path writeEasyReadPage(String name) {
    try {
      Path dir = Files.createDirectories(Path.of("target", "pages"));
      Path file = dir.resolve(Path.of(name).getFileName().toString().replace(".json", "-easy-read.html"));
      Files.writeString(file, EasyReadHtmlRenderer.create().render(read(name)), StandardCharsets.UTF_8);
      return file.toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The page for the bulletin in {@code name}, rendered with the default settings. */
  static String page(String name) {
    try {
      return HtmlRenderer.create().render(read(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
