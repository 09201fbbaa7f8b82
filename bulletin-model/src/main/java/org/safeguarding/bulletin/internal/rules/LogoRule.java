package org.safeguarding.bulletin.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.Quote;
import org.safeguarding.bulletin.internal.files.LogoFiles;
import org.safeguarding.bulletin.internal.files.RefusedFileException;

/**
 * The publisher's logo is a PNG or JPEG file inside the bulletin's folder that decodes in full,
 * within the limits on bytes and pixels.
 */
final class LogoRule implements Rule {

  @Override
  public void check(JsonNode root, RuleContext context, ProblemCollector problems) {
    String logoPath = JsonPaths.field(JsonPaths.field(JsonPaths.ROOT, "publisher"), "logo");
    Tree.text(root.path("publisher").path("logo"), logoPath, "path", (file, path) -> {
      try {
        LogoFiles.read(context.files(), file, context.limits());
      } catch (RefusedFileException e) {
        problems.error(path, "unreadable-logo", "cannot use logo " + Quote.of(file) + ": " + Quote.escaped(String.valueOf(e.getMessage())));
      }
    });
  }
}
