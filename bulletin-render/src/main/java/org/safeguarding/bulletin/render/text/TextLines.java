package org.safeguarding.bulletin.render.text;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a plain-text document as it is written, top to bottom: wrapped text, headings with a
 * rule under them, and single blank lines between blocks. Used by one rendering, then discarded.
 */
final class TextLines {
  private final List<String> lines = new ArrayList<>();
  private final LineWrapper wrapper;

  /** Lines wrapped by {@code wrapper}. */
  TextLines(LineWrapper wrapper) {
    this.wrapper = wrapper;
  }

  /** Starts a new block: what follows is set off by one blank line from what went before. */
  TextLines block() {
    if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
      lines.add("");
    }
    return this;
  }

  /** Adds {@code text}, wrapped, its first line starting with {@code first} and the others with {@code indent}. */
  TextLines add(String text, String first, String indent) {
    lines.addAll(wrapper.wrap(text, first, indent));
    return this;
  }

  /** Adds {@code text}, wrapped, with no indent. */
  TextLines add(String text) {
    return add(text, "", "");
  }

  /** Adds a heading in a block of its own, underlined with {@code rule} as wide as its widest line. */
  TextLines heading(String text, char rule) {
    block();
    List<String> heading = wrapper.wrap(text, "", "");
    lines.addAll(heading);
    int width = heading.stream().mapToInt(Columns::of).max().orElse(0);
    lines.add(String.valueOf(rule).repeat(Math.min(width, LineWrapper.WIDTH)));
    return block();
  }

  /** The document: every line ended by a line feed, no blank line at the end. */
  @Override
  public String toString() {
    int end = lines.size();
    while (end > 0 && lines.get(end - 1).isEmpty()) {
      end--;
    }
    StringBuilder out = new StringBuilder();
    lines.subList(0, end).forEach(line -> out.append(line).append('\n'));
    return out.toString();
  }
}
