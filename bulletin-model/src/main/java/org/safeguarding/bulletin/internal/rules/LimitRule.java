package org.safeguarding.bulletin.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.json.TextValues;
import org.safeguarding.bulletin.validate.Limit;
import org.safeguarding.bulletin.validate.Limits;

/** Every count and every text is within its {@link Limit}, so that the cost of the rest is bounded. */
final class LimitRule implements Rule {

  @Override
  public void check(JsonNode root, RuleContext context, ProblemCollector problems) {
    Limits limits = context.limits();
    String top = JsonPaths.ROOT;
    count(root, top, "sections", Limit.SECTIONS, limits, problems);
    count(root, top, "risks", Limit.RISKS, limits, problems);
    count(root, top, "contacts", Limit.CONTACTS, limits, problems);
    count(root, top, "glossary", Limit.GLOSSARY_ENTRIES, limits, problems);
    count(root, top, "alternates", Limit.ALTERNATES, limits, problems);
    Tree.each(root, top, "risks", (risk, path) -> count(risk, path, "includes", Limit.RISK_INCLUDES, limits, problems));
    Tree.each(root, top, "sections", (section, path) -> {
      count(section, path, "content", Limit.BLOCKS, limits, problems);
      count(section, path, "easyRead", Limit.EASY_READ_POINTS, limits, problems);
    });
    Tree.eachBlock(root, (block, path) -> {
      count(block, path, "items", Limit.LIST_ITEMS, limits, problems);
      count(block, path, "refs", Limit.REFS, limits, problems);
    });
    characters(root, limits, problems);
  }

  private static void count(JsonNode parent, String path, String field, Limit limit, Limits limits,
      ProblemCollector problems) {
    JsonNode array = parent.path(field);
    if (array.isArray() && array.size() > limits.get(limit)) {
      problems.error(JsonPaths.field(path, field), "over-limit", over(array.size(), limit, limits));
    }
  }

  private static void characters(JsonNode root, Limits limits, ProblemCollector problems) {
    long[] total = {0};
    TextValues.each(root, (path, text) -> {
      int length = text.codePointCount(0, text.length());
      total[0] += length;
      if (length > limits.get(Limit.TEXT_CHARACTERS)) {
        problems.error(path, "over-limit", over(length, Limit.TEXT_CHARACTERS, limits));
      }
    });
    if (total[0] > limits.get(Limit.TOTAL_CHARACTERS)) {
      problems.error(JsonPaths.ROOT, "over-limit", over(total[0], Limit.TOTAL_CHARACTERS, limits));
    }
  }

  private static String over(long found, Limit limit, Limits limits) {
    return "found " + found + " " + limit.counted() + ", over the limit of " + limits.get(limit)
        + " (limit " + limit.optionName() + ")";
  }
}
