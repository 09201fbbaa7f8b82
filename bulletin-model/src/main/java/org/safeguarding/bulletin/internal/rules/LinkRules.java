package org.safeguarding.bulletin.internal.rules;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.LinkTargets;
import org.safeguarding.bulletin.internal.Quote;
import org.safeguarding.bulletin.model.Inline;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.validate.ProblemCode;

/**
 * Links go somewhere safe: inline links use https, http, mailto or tel; websites use https or http;
 * every target is a valid URL that goes where it seems to ({@link LinkTargets}); email addresses are
 * plain addresses. A bare {@code #} or empty target is a draft's placeholder.
 *
 * @param <S> the stages problems are reported in
 */
final class LinkRules<S extends Enum<S>> {
  private static final List<String> LINK_SCHEMES = List.of("https", "http", "mailto", "tel");
  private static final List<String> WEB_SCHEMES = List.of("https", "http");
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

  private final @Nullable String region;
  private final boolean placeholdersAllowed;
  private final StagedProblems<S> problems;

  /**
   * Rules that read {@code tel:} links in {@code region} ({@code null}: an unknown region, reported
   * elsewhere, so not read).
   */
  LinkRules(@Nullable String region, boolean placeholdersAllowed, StagedProblems<S> problems) {
    this.region = region;
    this.placeholdersAllowed = placeholdersAllowed;
    this.problems = problems;
  }

  /** Checks every link of {@code text}, at {@code path}. */
  void inline(@Nullable InlineText text, String path, S stage) {
    if (text != null) {
      for (Inline.Link link : text.links()) {
        target(link.target(), LINK_SCHEMES, path, stage);
      }
    }
  }

  /** Checks a website, at {@code path}. */
  void website(@Nullable String url, String path, S stage) {
    if (url != null) {
      target(url, WEB_SCHEMES, path, stage);
    }
  }

  /** Checks an email address, at {@code path}. */
  void email(@Nullable String email, String path, S stage) {
    if (email != null) {
      LinkTargets.emailProblem(email).ifPresent(problem -> problems.error(stage, path, ProblemCode.INVALID_EMAIL, problem));
    }
  }

  private void target(String target, List<String> allowed, String path, S stage) {
    String trimmed = target.strip();
    if (trimmed.isEmpty() || trimmed.equals("#")) {
      if (!placeholdersAllowed) {
        problems.error(stage, path, ProblemCode.PLACEHOLDER_LINK, "link target " + Quote.of(target)
            + " is a draft's placeholder; give the address the link goes to");
      }
      return;
    }
    Matcher scheme = SCHEME.matcher(trimmed);
    if (!scheme.find()) {
      problems.error(stage, path, ProblemCode.REFUSED_LINK_SCHEME, "link target " + Quote.of(target)
          + " is not a full address; expected one starting " + String.join(":, ", allowed) + ":");
      return;
    }
    String name = scheme.group(1).toLowerCase(Locale.ROOT);
    if (!allowed.contains(name)) {
      problems.error(stage, path, ProblemCode.REFUSED_LINK_SCHEME, "link target " + Quote.of(target)
          + " uses the refused scheme '" + Quote.escaped(scheme.group(1)) + ":'; allowed: " + String.join(", ", allowed));
      return;
    }
    LinkTargets.problem(target, name, region)
        .ifPresent(problem -> problems.error(stage, path, ProblemCode.INVALID_LINK, problem));
  }
}
