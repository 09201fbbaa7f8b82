package org.safeguarding.bulletin.model;

import static org.safeguarding.bulletin.internal.Checks.requireProse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.Quote;

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

  /** Builds a {@link Section}. */
  public static final class Builder {
    private final String heading;
    private @Nullable Pictogram pictogram;
    private final List<Block> content = new ArrayList<>();
    private final List<EasyReadPoint> easyRead = new ArrayList<>();

    private Builder(String heading) {
      this.heading = Objects.requireNonNull(heading, "heading");
    }

    /** The picture beside the heading; none by default. */
    public Builder pictogram(Pictogram pictogram) {
      this.pictogram = pictogram;
      return this;
    }

    /** Adds a block of any kind. */
    public Builder add(Block block) {
      content.add(Objects.requireNonNull(block, "block"));
      return this;
    }

    /** Adds a paragraph of inline text. */
    public Builder paragraph(String text) {
      return add(Paragraph.of(text));
    }

    /** Adds an Easy Read point with a picture. */
    public Builder easyRead(String text, Pictogram pictogram) {
      easyRead.add(EasyReadPoint.of(text, pictogram));
      return this;
    }

    /** Adds an Easy Read point shown with the section's own picture. */
    public Builder easyRead(String text) {
      easyRead.add(EasyReadPoint.of(text, null));
      return this;
    }

    /**
     * Builds the section.
     *
     * @throws IllegalArgumentException if the heading is blank or there is no content
     */
    public Section build() {
      return new Section(heading, pictogram, content, easyRead);
    }
  }
}
