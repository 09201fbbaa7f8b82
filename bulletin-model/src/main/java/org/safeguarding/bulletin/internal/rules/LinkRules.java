package org.safeguarding.bulletin.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.LinkTargets;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.Quote;
import org.safeguarding.bulletin.model.Inline;
import org.safeguarding.bulletin.model.InlineText;

/**
 * Links go somewhere safe: inline links use https, http, mailto or tel; websites use https or http;
 * every target is a valid URL that goes where it seems to ({@link LinkTargets}); email addresses are
 * plain addresses. A bare {@code #} or empty target is a draft's placeholder.
 */
final class LinkRules implements Rule {
  static final List<String> LINK_SCHEMES = List.of("https", "http", "mailto", "tel");
  static final List<String> WEB_SCHEMES = List.of("https", "http");
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");

  @Override
  public void check(JsonNode root, RuleContext context, ProblemCollector problems) {
    String region = region(root);
    Tree.eachInlineText(root, (text, path) -> {
      for (Inline.Link link : InlineText.parse(text).links()) {
        target(link.target(), LINK_SCHEMES, region, path, context, problems);
      }
    });
    Tree.text(root.path("publisher"), JsonPaths.field(JsonPaths.ROOT, "publisher"), "website",
        (url, path) -> target(url, WEB_SCHEMES, region, path, context, problems));
    Tree.each(root, JsonPaths.ROOT, "contacts", (contact, path) -> {
      Tree.text(contact, path, "website", (url, at) -> target(url, WEB_SCHEMES, region, at, context, problems));
      Tree.text(contact, path, "email", (email, at) ->
          LinkTargets.emailProblem(email).ifPresent(problem -> problems.error(at, "invalid-email", problem)));
    });
  }

  /** The region {@code tel:} links are read in, or {@code null} if the one given is unknown (reported elsewhere). */
  private static @Nullable String region(JsonNode root) {
    JsonNode value = root.path("region");
    if (!value.isTextual()) {
      return PhoneRule.DEFAULT_REGION;
    }
    return PhoneNumberUtil.getInstance().getSupportedRegions().contains(value.textValue()) ? value.textValue() : null;
  }

  private static void target(String target, List<String> allowed, @Nullable String region, String path,
      RuleContext context, ProblemCollector problems) {
    String trimmed = target.strip();
    if (trimmed.isEmpty() || trimmed.equals("#")) {
      if (!context.allowPlaceholderLinks()) {
        problems.error(path, "placeholder-link", "link target " + Quote.of(target)
            + " is a draft's placeholder; give the address the link goes to");
      }
      return;
    }
    Matcher scheme = SCHEME.matcher(trimmed);
    if (!scheme.find()) {
      problems.error(path, "refused-link-scheme", "link target " + Quote.of(target)
          + " is not a full address; expected one starting " + String.join(":, ", allowed) + ":");
      return;
    }
    String name = scheme.group(1).toLowerCase(Locale.ROOT);
    if (!allowed.contains(name)) {
      problems.error(path, "refused-link-scheme", "link target " + Quote.of(target) + " uses the refused scheme '"
          + Quote.escaped(scheme.group(1)) + ":'; allowed: " + String.join(", ", allowed));
      return;
    }
    LinkTargets.problem(target, name, region)
        .ifPresent(problem -> problems.error(path, "invalid-link", problem));
  }
}
