package org.safeguarding.bulletin.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.model.Layout;

/** A seven-minute bulletin has exactly seven sections. */
final class SectionCountRule implements Rule {
  static final int SEVEN = 7;

  @Override
  public void check(JsonNode root, RuleContext context, ProblemCollector problems) {
    JsonNode layout = root.path("layout");
    boolean sevenMinute = layout.isMissingNode() || Layout.SEVEN_MINUTE.jsonName().equals(layout.asText());
    JsonNode sections = root.path("sections");
    if (sevenMinute && sections.isArray() && sections.size() != SEVEN) {
      problems.error(JsonPaths.field(JsonPaths.ROOT, "sections"), "section-count",
          "a seven-minute bulletin needs exactly 7 sections, found " + sections.size()
              + "; use \"layout\": \"free\" for another number");
    }
  }
}
