package org.safeguarding.bulletin.model;

import static org.safeguarding.bulletin.internal.Checks.requireProse;
import static org.safeguarding.bulletin.internal.Checks.requireSlug;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A risk that sections can list, such as "Domestic Abuse".
 *
 * @param id a slug, unique among the bulletin's risks, that {@link RisksBlock}s refer to
 * @param name the risk's name, plain text
 * @param includes the names of the harms this risk includes, shown nested under it
 * @param description an optional explanation
 */
public record Risk(String id, String name, List<String> includes, @Nullable InlineText description) {
  /** Checks the id's shape and that the name and every included name are not blank. */
  public Risk {
    requireSlug(id, "id");
    name = requireProse(name, "name");
    includes = Objects.requireNonNull(includes, "includes").stream().map(i -> requireProse(i, "includes")).toList();
  }

  /** A risk with a name and nothing else. */
  public static Risk of(String id, String name, String... includes) {
    return new Risk(id, name, List.of(includes), null);
  }
}
