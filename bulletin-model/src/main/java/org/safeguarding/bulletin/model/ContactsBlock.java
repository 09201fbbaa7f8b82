package org.safeguarding.bulletin.model;


import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The named contacts, with their phone numbers as dialable links.
 *
 * @param refs the ids of the bulletin's {@link Contact}s, at least one
 * @param intro optional text before the contacts
 */
public record ContactsBlock(List<String> refs, @Nullable InlineText intro) implements Block {
  /** Checks that there is at least one reference; whether each names something is a document rule. */
  public ContactsBlock {
    refs = List.copyOf(Objects.requireNonNull(refs, "refs"));
    if (refs.isEmpty()) {
      throw new IllegalArgumentException("refs: a contacts block needs at least one contact");
    }
  }

  /** A contacts block without an introduction. */
  public static ContactsBlock of(String... refs) {
    return new ContactsBlock(List.of(refs), null);
  }

  @Override
  public String type() {
    return "contacts";
  }

  @Override
  public <R> R accept(Visitor<R> visitor) {
    return visitor.contacts(this);
  }
}
