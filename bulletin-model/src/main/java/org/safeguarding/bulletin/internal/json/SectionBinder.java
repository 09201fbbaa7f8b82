package org.safeguarding.bulletin.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.ProblemCollector;
import org.safeguarding.bulletin.internal.Quote;
import org.safeguarding.bulletin.internal.walk.SectionParts;
import org.safeguarding.bulletin.model.Block;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.CalloutTone;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.EasyReadPoint;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Paragraph;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.validate.ProblemCode;

/** Binds sections, their content blocks and their Easy Read points, for {@link TreeBinder}. */
final class SectionBinder {
  private static final String BLOCK_TYPES = "paragraph, list, risks, contacts, callout";

  private final ProblemCollector problems;

  SectionBinder(ProblemCollector problems) {
    this.problems = problems;
  }

  /**
   * The records of the section at {@code path}: the section if nothing failed, and every block and
   * point that could be read; {@code null} if it is not an object.
   */
  @Nullable SectionParts section(JsonNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("heading", "pictogram", "content", "easyRead"));
    if (f == null) {
      return null;
    }
    int mark = problems.mark();
    String heading = f.requiredText("heading");
    Pictogram pictogram = pictogram(f);
    List<Block> content = f.list("content", true, 1, this::block);
    List<EasyReadPoint> easyRead = f.list("easyRead", false, 0, this::easyReadPoint);
    Section section = problems.foundSince(mark) ? null
        : build(path, () -> new Section(heading, pictogram, content, easyRead));
    return new SectionParts(section, content == null ? List.of() : content, easyRead == null ? List.of() : easyRead);
  }

  private @Nullable EasyReadPoint easyReadPoint(JsonNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("text", "pictogram"));
    if (f == null) {
      return null;
    }
    int mark = problems.mark();
    InlineText text = inline(f.requiredText("text"));
    Pictogram pictogram = pictogram(f);
    return problems.foundSince(mark) ? null : build(path, () -> new EasyReadPoint(text, pictogram));
  }

  private @Nullable Pictogram pictogram(Fields f) {
    return f.optionalChoice("pictogram", Pictogram::fromJsonName, ProblemCode.UNKNOWN_PICTOGRAM, Pictogram.knownNames());
  }

  private @Nullable Block block(JsonNode node, String path) {
    if (!node.isObject()) {
      problems.error(path, ProblemCode.WRONG_TYPE, "expected an object, found " + JsonKinds.describe(node));
      return null;
    }
    JsonNode type = node.get("type");
    if (type == null) {
      problems.error(path + ".type", ProblemCode.MISSING_FIELD, "missing required field 'type'; known types: " + BLOCK_TYPES);
      return null;
    }
    String name = type.isTextual() ? type.textValue() : JsonKinds.describe(type);
    return switch (name) {
      case "paragraph" -> paragraph(node, path);
      case "list" -> list(node, path);
      case "risks" -> refs(node, path, RisksBlock::new);
      case "contacts" -> refs(node, path, ContactsBlock::new);
      case "callout" -> callout(node, path);
      default -> {
        problems.error(path + ".type", ProblemCode.UNKNOWN_BLOCK_TYPE,
            "unknown block type " + Quote.of(name) + "; known types: " + BLOCK_TYPES);
        yield null;
      }
    };
  }

  private @Nullable Block paragraph(JsonNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("type", "text"));
    int mark = problems.mark();
    InlineText text = inline(f.requiredText("text"));
    return problems.foundSince(mark) ? null : build(path, () -> new Paragraph(text));
  }

  private @Nullable Block list(JsonNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("type", "items", "ordered"));
    int mark = problems.mark();
    List<String> items = f.list("items", true, 1, f::textElement);
    boolean ordered = f.optionalBoolean("ordered");
    return problems.foundSince(mark) ? null
        : build(path, () -> new ListBlock(items.stream().map(InlineText::parse).toList(), ordered));
  }

  /** A block that lists ids ({@code risks} or {@code contacts}), with an optional introduction. */
  private @Nullable Block refs(JsonNode node, String path, BiFunction<List<String>, InlineText, Block> block) {
    Fields f = Fields.of(node, path, problems, List.of("type", "refs", "intro"));
    int mark = problems.mark();
    List<String> refs = f.list("refs", true, 1, f::textElement);
    InlineText intro = inline(f.optionalText("intro"));
    return problems.foundSince(mark) ? null : build(path, () -> block.apply(refs, intro));
  }

  private @Nullable Block callout(JsonNode node, String path) {
    Fields f = Fields.of(node, path, problems, List.of("type", "text", "tone"));
    int mark = problems.mark();
    InlineText text = inline(f.requiredText("text"));
    CalloutTone tone = f.optionalChoice("tone", CalloutTone::fromJsonName, ProblemCode.UNKNOWN_TONE, "info, urgent");
    return problems.foundSince(mark) ? null
        : build(path, () -> new Callout(text, tone == null ? CalloutTone.INFO : tone));
  }

  private static @Nullable InlineText inline(@Nullable String text) {
    return text == null ? null : InlineText.parse(text);
  }

  private <T> @Nullable T build(String path, Supplier<T> constructor) {
    return Fields.construct(problems, path, constructor);
  }
}
