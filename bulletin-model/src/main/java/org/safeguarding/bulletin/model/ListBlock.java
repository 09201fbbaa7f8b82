package org.safeguarding.bulletin.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A bulleted or numbered list.
 *
 * @param items the items, at least one
 * @param ordered {@code true} for a numbered list
 */
public record ListBlock(List<InlineText> items, boolean ordered) implements Block {
  /** Checks that there is at least one item. */
  public ListBlock {
    items = List.copyOf(Objects.requireNonNull(items, "items"));
    if (items.isEmpty()) {
      throw new IllegalArgumentException("items: a list needs at least one item");
    }
  }

  /** A bulleted list of items parsed from inline text. */
  public static ListBlock bulleted(String... items) {
    return new ListBlock(Arrays.stream(items).map(InlineText::parse).toList(), false);
  }

  /** A numbered list of items parsed from inline text. */
  public static ListBlock numbered(String... items) {
    return new ListBlock(Arrays.stream(items).map(InlineText::parse).toList(), true);
  }

  @Override
  public String type() {
    return "list";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.list(this);
  }
}
