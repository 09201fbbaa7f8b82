package org.safeguarding.bulletin.internal.walk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.Block;
import org.safeguarding.bulletin.model.EasyReadPoint;
import org.safeguarding.bulletin.model.Section;

/**
 * The records of one section, as {@link RecordWalk} reads them: a {@link Section}'s, or those the
 * binder could read from a section of a JSON document, so that the blocks of a section whose own
 * fields are wrong are still checked, each at its index.
 *
 * @param section the section, or {@code null} if it could not be read (its heading is missing, say)
 * @param content its blocks, {@code null} where one could not be read
 * @param easyRead its Easy Read points, {@code null} where one could not be read
 */
public record SectionParts(
    @Nullable Section section, List<@Nullable Block> content, List<@Nullable EasyReadPoint> easyRead) {

  /** Copies the lists, keeping their holes. */
  public SectionParts {
    content = Collections.unmodifiableList(new ArrayList<>(content));
    easyRead = Collections.unmodifiableList(new ArrayList<>(easyRead));
  }

  /** The records of {@code section}. */
  public static SectionParts of(Section section) {
    return new SectionParts(section, section.content(), section.easyRead());
  }
}
