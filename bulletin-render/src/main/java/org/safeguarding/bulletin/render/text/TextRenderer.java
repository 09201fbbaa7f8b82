package org.safeguarding.bulletin.render.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.SourceSettings;
import org.safeguarding.bulletin.render.internal.Validation;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.Problem;
import org.safeguarding.bulletin.wording.Wordings;

/**
 * Renders a bulletin as plain text for e-mail and text-only channels: UTF-8, line feeds, no byte
 * order mark, lines of at most 72 columns (a word or address longer than that stands on a line of
 * its own, unbroken). Every word of the bulletin is there in reading order, as typed: text that
 * looks like markup is written as it is, strong and emphasised text without marks, and each link's
 * address after its text. Sections are numbered and underlined; lists, risks and contacts are laid
 * out as lists; the library's own words are in the bulletin's language. The same bulletin always
 * gives the same bytes.
 *
 * <pre>{@code
 * TextRenderer renderer = TextRenderer.create();
 * try (OutputStream out = Files.newOutputStream(Path.of(renderer.fileName(bulletin)))) {
 *   renderer.render(bulletin, out);
 * }
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe: build one and reuse it.
 */
public final class TextRenderer implements BulletinRenderer {
  private final Validation validation;
  private final Wordings wordings;

  private TextRenderer(Validation validation, Wordings wordings) {
    this.validation = validation;
    this.wordings = wordings;
  }

  /** A renderer with the default settings (see {@link Builder}). */
  public static TextRenderer create() {
    return builder().build();
  }

  /** A new builder, with the default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@inheritDoc}
   *
   * <p>Plain text can hold every script, so these are the document rules' problems alone.
   */
  @Override
  public List<Problem> problems(Bulletin bulletin) {
    return validation.problems(Objects.requireNonNull(bulletin, "bulletin"));
  }

  /**
   * Writes {@code bulletin} to {@code out} as UTF-8 plain text; {@code out} is not closed.
   *
   * @throws BulletinInvalidException if the bulletin breaks a document rule
   * @throws IOException if {@code out} cannot be written
   */
  @Override
  public void render(Bulletin bulletin, OutputStream out) throws IOException {
    Objects.requireNonNull(out, "out");
    out.write(render(bulletin).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The plain text of {@code bulletin}, every line ended by a line feed.
   *
   * @throws BulletinInvalidException if the bulletin breaks a document rule
   */
  public String render(Bulletin bulletin) {
    Objects.requireNonNull(bulletin, "bulletin");
    validation.check(bulletin);
    return new TextDocument(bulletin, wordings.forLanguage(bulletin.language())).build();
  }

  /** {@code <id>.txt}. */
  @Override
  public String fileName(Bulletin bulletin) {
    return Objects.requireNonNull(bulletin, "bulletin").id() + ".txt";
  }

  /**
   * Builds a {@link TextRenderer}. Every setting has a default; those about the input are described
   * in {@link SourceSettings}. The text shows no logo: a base directory only has the logo checked, as
   * for the other outputs.
   */
  public static final class Builder extends SourceSettings<Builder> {
    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /** Builds the renderer. */
    public TextRenderer build() {
      return new TextRenderer(new Validation(baseDirectory(), fileRoot(), limits()), wordings());
    }
  }
}
