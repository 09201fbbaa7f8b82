package org.safeguarding.bulletin.model;


import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The named risks, each with what it includes.
 *
 * @param refs the ids of the bulletin's {@link Risk}s, at least one
 * @param intro optional text before the list
 */
public record RisksBlock(List<String> refs, @Nullable InlineText intro) implements Block {
  /** Checks that there is at least one reference; whether each names something is a document rule. */
  public RisksBlock {
    refs = List.copyOf(Objects.requireNonNull(refs, "refs"));
    if (refs.isEmpty()) {
      throw new IllegalArgumentException("refs: a risks block needs at least one risk");
    }
  }

  /** A risks block without an introduction. */
  public static RisksBlock of(String... refs) {
    return new RisksBlock(List.of(refs), null);
  }

  @Override
  public String type() {
    return "risks";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.risks(this);
  }
}
