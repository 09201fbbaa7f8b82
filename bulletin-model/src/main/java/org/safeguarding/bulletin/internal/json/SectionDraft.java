package org.safeguarding.bulletin.internal.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.walk.SectionParts;
import org.safeguarding.bulletin.model.Block;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.validate.BulletinInvalidException;

/**
 * A section drafted in Java, held as its JSON object and read as the JSON reader reads one, so that
 * every problem is reported at once with its path: {@code $.heading} when the section is built
 * alone, {@code $.sections[i].heading} when it is built with its bulletin.
 */
public final class SectionDraft {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode node = NODES.objectNode();

  /** A draft of the section with this heading, kept as given. */
  public SectionDraft(String heading) {
    node.put("heading", heading);
  }

  /** Sets the picture beside the heading. */
  public void pictogram(Pictogram pictogram) {
    node.put("pictogram", pictogram.jsonName());
  }

  /** Adds a block built already. */
  public void block(Block block) {
    node.withArrayProperty("content").add(TreeWriter.block(block));
  }

  /** Adds a paragraph whose text is read, and checked, when the draft is read. */
  public void paragraph(String text) {
    ObjectNode paragraph = NODES.objectNode();
    paragraph.put("type", "paragraph");
    paragraph.put("text", text);
    node.withArrayProperty("content").add(paragraph);
  }

  /** Adds an Easy Read point whose text is read when the draft is read. */
  public void easyRead(String text, @Nullable Pictogram pictogram) {
    ObjectNode point = NODES.objectNode();
    point.put("text", text);
    if (pictogram != null) {
      point.put("pictogram", pictogram.jsonName());
    }
    ArrayNode points = node.withArrayProperty("easyRead");
    points.add(point);
  }

  /** The section as its JSON object, as the format writes it (a copy). */
  public ObjectNode json() {
    return node.deepCopy();
  }

  /**
   * Reads the draft alone; paths start at the section ({@code $.heading}).
   *
   * @throws BulletinInvalidException listing every problem, each with its path
   */
  public Section read() {
    ProblemCollector problems = new ProblemCollector();
    SectionParts parts = new SectionBinder(problems).section(json(), JsonPaths.ROOT);
    Section section = parts == null ? null : parts.section();
    if (!problems.problems().isEmpty()) {
      throw new BulletinInvalidException(problems.problems());
    }
    if (section == null) {
      throw new IllegalStateException("read nothing, yet found no problem");
    }
    return section;
  }
}
