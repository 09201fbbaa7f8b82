package org.safeguarding.bulletin.render.text;

import java.io.IOException;
import java.util.List;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.render.StringRenderer;
import org.safeguarding.bulletin.render.internal.Rendering;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.Problem;

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
 * <p>Of its {@link RenderOptions} it takes the words and the limits. The text shows no logo: with a
 * base directory, whether the logo can be read is checked all the same, as for the other outputs.
 * Instances are immutable and thread-safe: build one and reuse it.
 */
public final class TextRenderer implements StringRenderer {
  private final Rendering rendering;

  private TextRenderer(RenderOptions options) {
    this.rendering = Rendering.of(options, ".txt");
  }

  /** A renderer with {@link RenderOptions#defaults()}. */
  public static TextRenderer create() {
    return with(RenderOptions.defaults());
  }

  /** A renderer with {@code options}. */
  public static TextRenderer with(RenderOptions options) {
    return new TextRenderer(options);
  }

  /**
   * {@inheritDoc}
   *
   * <p>Plain text can hold every script, so these are the document rules' problems alone.
   */
  @Override
  public List<Problem> problems(Bulletin bulletin) {
    return rendering.problems(bulletin);
  }

  /**
   * The plain text of {@code bulletin}, every line ended by a line feed.
   *
   * @throws BulletinInvalidException if the bulletin breaks a document rule
   */
  @Override
  public String render(Bulletin bulletin) {
    return new TextDocument(bulletin, rendering.check(bulletin)).build();
  }

  /** {@code <id>.txt}. */
  @Override
  public String fileName(Bulletin bulletin) {
    return rendering.fileName(bulletin);
  }
}
