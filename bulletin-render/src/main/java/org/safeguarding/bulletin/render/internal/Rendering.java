package org.safeguarding.bulletin.render.internal;

import java.util.List;
import java.util.Objects;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.validate.Problem;
import org.safeguarding.bulletin.wording.Wording;

/**
 * What every renderer does the same way, written once: it keeps its {@link RenderOptions}, checks a
 * bulletin against them before it starts, and names its file after the bulletin's id.
 *
 * @param options the options the renderer was made with
 * @param validation the check that the options ask for
 * @param suffix what the bulletin's id is followed by in the file's name, for example {@code .html}
 */
public record Rendering(RenderOptions options, Validation validation, String suffix) {
  /** Checks that every part is given. */
  public Rendering {
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(validation, "validation");
    Objects.requireNonNull(suffix, "suffix");
  }

  /** The rendering of a renderer made with {@code options}, whose files end in {@code suffix}. */
  public static Rendering of(RenderOptions options, String suffix) {
    return new Rendering(Objects.requireNonNull(options, "options"), Validation.of(options), suffix);
  }

  /** Every problem of the document rules and the logo that keeps {@code bulletin} from being rendered. */
  public List<Problem> problems(Bulletin bulletin) {
    return validation.problems(Objects.requireNonNull(bulletin, "bulletin"));
  }

  /**
   * Checks every document rule, and returns the library's words for {@code bulletin}.
   *
   * @throws org.safeguarding.bulletin.validate.BulletinInvalidException listing every problem, if
   *     there is any
   */
  public Wording check(Bulletin bulletin) {
    validation.check(Objects.requireNonNull(bulletin, "bulletin"));
    return options.wording(bulletin);
  }

  /** {@code <id><suffix>}. */
  public String fileName(Bulletin bulletin) {
    return Objects.requireNonNull(bulletin, "bulletin").id() + suffix;
  }
}
