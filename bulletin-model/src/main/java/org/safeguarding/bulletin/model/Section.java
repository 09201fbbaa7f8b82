package org.safeguarding.bulletin.model;

import static org.safeguarding.bulletin.internal.Checks.requireProse;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.Quote;
import org.safeguarding.bulletin.internal.json.SectionDraft;

/**
 * One numbered section of a bulletin. Sections are numbered 1, 2, 3 … by their position.
 *
 * @param heading the section's heading, plain text
 * @param pictogram the picture shown beside the heading, if any
 * @param content the section's blocks, at least one
 * @param easyRead the section's Easy Read points; empty when the Easy Read version is made from the
 *     content
 */
public record Section(
    String heading, @Nullable Pictogram pictogram, List<Block> content, List<EasyReadPoint> easyRead) {

  /** Checks the heading and that there is at least one block. */
  public Section {
    heading = requireProse(heading, "heading");
    content = List.copyOf(Objects.requireNonNull(content, "content"));
    easyRead = List.copyOf(Objects.requireNonNull(easyRead, "easyRead"));
    if (content.isEmpty()) {
      throw new IllegalArgumentException("section " + Quote.of(heading) + ": content needs at least one block");
    }
  }

  /** A new builder for a section with this heading. */
  public static Builder builder(String heading) {
    return new Builder(heading);
  }

  /**
   * Builds a {@link Section}. The builder keeps every value as given: {@link #build()} checks them
   * all and throws a {@link org.safeguarding.bulletin.validate.BulletinInvalidException} listing
   * every problem, each with its path in the section's JSON object ({@code $.heading}, {@code
   * $.content[1].text}). Given unbuilt to {@link Bulletin.Builder#section(Builder)}, the section is
   * built with the bulletin and its problems are reported at {@code $.sections[i]}.
   */
  public static final class Builder {
    private final SectionDraft draft;

    private Builder(String heading) {
      this.draft = new SectionDraft(Objects.requireNonNull(heading, "heading"));
    }

    /** The picture beside the heading; none by default. */
    public Builder pictogram(Pictogram pictogram) {
      draft.pictogram(Objects.requireNonNull(pictogram, "pictogram"));
      return this;
    }

    /** Adds a block of any kind, built already. */
    public Builder add(Block block) {
      draft.block(Objects.requireNonNull(block, "block"));
      return this;
    }

    /** Adds a paragraph of inline text, checked when the section is built. */
    public Builder paragraph(String text) {
      draft.paragraph(Objects.requireNonNull(text, "text"));
      return this;
    }

    /** Adds an Easy Read point with a picture, checked when the section is built. */
    public Builder easyRead(String text, Pictogram pictogram) {
      draft.easyRead(Objects.requireNonNull(text, "text"), Objects.requireNonNull(pictogram, "pictogram"));
      return this;
    }

    /** Adds an Easy Read point shown with the section's own picture, checked when the section is built. */
    public Builder easyRead(String text) {
      draft.easyRead(Objects.requireNonNull(text, "text"), null);
      return this;
    }

    /**
     * Builds the section.
     *
     * @throws org.safeguarding.bulletin.validate.BulletinInvalidException listing every problem,
     *     each with its path in the section's JSON object: a blank heading, no content, a blank
     *     paragraph or Easy Read point
     */
    public Section build() {
      return draft.read();
    }

    /** The section as its JSON object, as the format writes it. */
    ObjectNode json() {
      return draft.json();
    }
  }
}
