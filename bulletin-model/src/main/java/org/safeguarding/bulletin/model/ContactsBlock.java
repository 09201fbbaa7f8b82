package org.safeguarding.bulletin.model;

import static org.safeguarding.bulletin.internal.Checks.requireSlug;

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
  /** Checks that there is at least one reference and that each is a slug. */
  public ContactsBlock {
    refs = List.copyOf(Objects.requireNonNull(refs, "refs"));
    if (refs.isEmpty()) {
      throw new IllegalArgumentException("refs: a contacts block needs at least one contact");
    }
    refs.forEach(r -> requireSlug(r, "refs"));
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
