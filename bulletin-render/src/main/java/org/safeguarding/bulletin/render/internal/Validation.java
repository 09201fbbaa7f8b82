package org.safeguarding.bulletin.render.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.Quote;
import org.safeguarding.bulletin.internal.files.FileScope;
import org.safeguarding.bulletin.internal.files.ImageFile;
import org.safeguarding.bulletin.internal.files.LogoFiles;
import org.safeguarding.bulletin.internal.files.RefusedFileException;
import org.safeguarding.bulletin.internal.rules.Validated;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Logo;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.BulletinValidator;
import org.safeguarding.bulletin.validate.Limits;
import org.safeguarding.bulletin.validate.Problem;
import org.safeguarding.bulletin.validate.ProblemCode;

/**
 * The check every renderer makes before it starts, and the one way it reads the files a bulletin
 * names: the bulletin must keep every document rule, and its logo is read as the validator read it.
 *
 * @param baseDirectory where the publisher's logo is read from; without one it is not read, so
 *     whether it can be is not the renderer's concern
 * @param fileRoot the folder no file outside of which is read; the base directory if none
 * @param limits the size limits the bulletin is checked against
 */
public record Validation(@Nullable Path baseDirectory, @Nullable Path fileRoot, Limits limits) {
  /** Checks that the limits are given. */
  public Validation {
    Objects.requireNonNull(limits, "limits");
  }

  /** The validation that {@code options} ask for: their base directory, file root and limits. */
  public static Validation of(RenderOptions options) {
    return new Validation(options.baseDirectory().orElse(null), options.fileRoot().orElse(null), options.limits());
  }

  /**
   * Every problem that keeps {@code bulletin} from being rendered; empty if there is none. A
   * bulletin the library has already found valid under the same limits and files (read from JSON,
   * or checked by a validator or another renderer) is not checked again.
   */
  public List<Problem> problems(Bulletin bulletin) {
    if (Validated.known(bulletin, limits, baseDirectory == null ? null
        : new FileScope(baseDirectory, fileRoot == null ? baseDirectory : fileRoot))) {
      return List.of();
    }
    BulletinValidator validator = BulletinValidator.create().withLimits(limits);
    if (baseDirectory != null) {
      validator = validator.withBaseDirectory(baseDirectory);
    }
    if (fileRoot != null) {
      validator = validator.withFileRoot(fileRoot);
    }
    return validator.validate(bulletin).stream()
        .filter(p -> baseDirectory != null || p.kind() != ProblemCode.UNREADABLE_LOGO)
        .toList();
  }

  /**
   * Checks every document rule.
   *
   * @throws BulletinInvalidException listing every problem, if there is any
   */
  public void check(Bulletin bulletin) {
    List<Problem> problems = problems(bulletin);
    if (!problems.isEmpty()) {
      throw new BulletinInvalidException(problems);
    }
  }

  /**
   * The publisher's logo, read and decoded in full; none if the bulletin has none or no base
   * directory was given.
   *
   * @throws IOException if it can no longer be used (it changed after validation)
   */
  public @Nullable ImageFile logo(Bulletin bulletin) throws IOException {
    Logo logo = bulletin.publisher().logo();
    if (logo == null || baseDirectory == null) {
      return null;
    }
    try {
      return LogoFiles.read(new FileScope(baseDirectory, fileRoot == null ? baseDirectory : fileRoot),
          logo.path(), limits);
    } catch (RefusedFileException e) {
      throw new IOException("cannot use logo " + Quote.of(logo.path()) + ": " + Quote.escaped(String.valueOf(e.getMessage())));
    }
  }
}
