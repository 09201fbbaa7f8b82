package org.safeguarding.bulletin.internal.walk;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.model.Block;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Paragraph;
import org.safeguarding.bulletin.model.RisksBlock;

/**
 * Walks a bulletin's records in the order of its JSON format, calling a {@link RecordVisitor} for
 * each with its JSON path ({@code $.sections[2].content[0]}). Blocks are told apart by {@link
 * Block.Visitor}, so the walk handles every kind of block or does not compile.
 */
public final class RecordWalk {
  private RecordWalk() {}

  /** Visits every record of {@code parts}, skipping those that could not be read. */
  public static void walk(Parts parts, RecordVisitor visitor) {
    visitor.bulletin(parts);
    each(parts.alternates(), JsonPaths.ROOT, "alternates", visitor::alternate);
    if (parts.alternativeFormats() != null) {
      visitor.alternativeFormats(parts.alternativeFormats(), JsonPaths.field(JsonPaths.ROOT, "alternativeFormats"));
    }
    if (parts.easyReadReview() != null) {
      visitor.easyReadReview(parts.easyReadReview(), JsonPaths.field(JsonPaths.ROOT, "easyReadReview"));
    }
    each(parts.risks(), JsonPaths.ROOT, "risks", visitor::risk);
    each(parts.contacts(), JsonPaths.ROOT, "contacts", visitor::contact);
    each(parts.glossary(), JsonPaths.ROOT, "glossary", visitor::glossaryEntry);
    each(parts.sections(), JsonPaths.ROOT, "sections", (section, path) -> section(section, path, visitor));
  }

  private static void section(SectionParts section, String path, RecordVisitor visitor) {
    if (section.section() != null) {
      visitor.section(section.section(), path);
    }
    each(section.content(), path, "content", (block, at) -> block(block, at, visitor));
    each(section.easyRead(), path, "easyRead", visitor::easyReadPoint);
  }

  /** Calls the visitor's method for {@code block}'s kind. */
  private static void block(Block block, String path, RecordVisitor visitor) {
    block.accept(new Block.Visitor<Void>() {
      @Override
      public @Nullable Void paragraph(Paragraph paragraph) {
        visitor.paragraph(paragraph, path);
        return null;
      }

      @Override
      public @Nullable Void list(ListBlock list) {
        visitor.list(list, path);
        return null;
      }

      @Override
      public @Nullable Void risks(RisksBlock risks) {
        visitor.risks(risks, path);
        return null;
      }

      @Override
      public @Nullable Void contacts(ContactsBlock contacts) {
        visitor.contacts(contacts, path);
        return null;
      }

      @Override
      public @Nullable Void callout(Callout callout) {
        visitor.callout(callout, path);
        return null;
      }
    });
  }

  /** What the walk does with one element of a list, at its path. */
  private interface Step<T> {
    void visit(T element, String path);
  }

  private static <T> void each(@Nullable List<? extends @Nullable T> list, String parentPath, String field, Step<T> step) {
    if (list == null) {
      return;
    }
    String path = JsonPaths.field(parentPath, field);
    for (int i = 0; i < list.size(); i++) {
      T element = list.get(i);
      if (element != null) {
        step.visit(element, JsonPaths.index(path, i));
      }
    }
  }
}
