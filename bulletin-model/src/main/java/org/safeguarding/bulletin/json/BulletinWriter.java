package org.safeguarding.bulletin.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.safeguarding.bulletin.internal.json.TreeWriter;
import org.safeguarding.bulletin.model.Bulletin;

/**
 * Writes a bulletin in its JSON form (format version 1): UTF-8, two-space indentation, fields in the
 * order the format lists them, and a final newline. The same bulletin always gives the same bytes.
 *
 * <pre>{@code
 * BulletinJson.writer().write(bulletin, outputStream);
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class BulletinWriter {
  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
  private static final ObjectWriter WRITER = JsonMapper.builder()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
      .build()
      .writer(new DefaultPrettyPrinter()
          .withSeparators(Separators.createDefaultInstance()
              .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(INDENTER)
          .withArrayIndenter(INDENTER));

  private BulletinWriter() {}

  static BulletinWriter create() {
    return new BulletinWriter();
  }

  /**
   * Writes {@code bulletin} to {@code out}, which is not closed.
   *
   * @throws IOException if the stream cannot be written
   */
  public void write(Bulletin bulletin, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(toJson(bulletin).getBytes(StandardCharsets.UTF_8));
  }

  /** The JSON text of {@code bulletin}. */
  public String toJson(Bulletin bulletin) {
    Objects.requireNonNull(bulletin, "bulletin");
    try {
      return WRITER.writeValueAsString(TreeWriter.write(bulletin)) + "\n";
    } catch (IOException e) {
      throw new IllegalStateException("a JSON tree built in memory could not be written", e);
    }
  }
}
