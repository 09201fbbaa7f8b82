package org.safeguarding.bulletin.render.internal;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.BulletinValidator;
import org.safeguarding.bulletin.validate.Problem;

/** The check every renderer makes before it starts: the bulletin must keep every document rule. */
public final class Validation {
  private Validation() {}

  /**
   * Checks every document rule. Without a base directory the logo is not read, so whether it can be
   * read is not the renderer's concern.
   *
   * @throws BulletinInvalidException listing every problem, if there is any
   */
  public static void check(Bulletin bulletin, @Nullable Path baseDirectory) {
    BulletinValidator validator = baseDirectory == null
        ? BulletinValidator.create()
        : BulletinValidator.create().withBaseDirectory(baseDirectory);
    List<Problem> problems = validator.validate(bulletin).stream()
        .filter(p -> baseDirectory != null || !p.code().equals("unreadable-logo"))
        .toList();
    if (!problems.isEmpty()) {
      throw new BulletinInvalidException(problems);
    }
  }
}
