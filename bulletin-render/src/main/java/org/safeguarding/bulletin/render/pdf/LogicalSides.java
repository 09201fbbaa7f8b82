package org.safeguarding.bulletin.render.pdf;

import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSExpression;
import com.helger.css.decl.CSSExpressionMemberTermSimple;
import com.helger.css.decl.ICSSExpressionMember;
import java.util.List;
import java.util.Map;

/**
 * CSS's logical properties ({@code margin-inline-start}, {@code padding-block}, {@code
 * border-block-end}, {@code inset-inline-start}, {@code inline-size} ...) and the logical values of
 * {@code float}, {@code clear} and {@code text-align} ({@code inline-start}, {@code start} ...) as
 * the physical ones of a page written left to right or right to left, which the PDF engine knows: it
 * knows no logical property. A page written right to left is the same with left and right swapped.
 *
 * @param rightToLeft whether the page is written right to left
 */
record LogicalSides(boolean rightToLeft) {
  /** The physical side of each logical one, on a page written left to right. */
  private static final Map<String, String> LEFT_TO_RIGHT = Map.of("inline-start", "left", "inline-end", "right",
      "block-start", "top", "block-end", "bottom");
  private static final Map<String, String> SIZES = Map.of("inline-size", "width", "block-size", "height",
      "min-inline-size", "min-width", "min-block-size", "min-height", "max-inline-size", "max-width",
      "max-block-size", "max-height");
  private static final List<String> BOXES = List.of("margin", "padding", "border", "inset");

  /** {@code declaration} as the physical declarations it stands for: itself if it is not logical. */
  List<CSSDeclaration> physical(CSSDeclaration declaration) {
    String property = declaration.getProperty();
    String size = SIZES.get(property);
    if (size != null) {
      return List.of(copy(declaration, size));
    }
    for (String box : BOXES) {
      if (property.startsWith(box + "-")) {
        return sides(declaration, box, property.substring(box.length() + 1));
      }
    }
    if (property.equals("float") || property.equals("clear") || property.equals("text-align")) {
      return List.of(new CSSDeclaration(property, sideValue(declaration.getExpression()), declaration.isImportant()));
    }
    return List.of(declaration);
  }

  /**
   * {@code box-rest} ({@code margin-inline-start}, {@code border-block-end-color}, {@code
   * padding-inline}) as its physical sides; any other property of {@code box} as it is.
   */
  private List<CSSDeclaration> sides(CSSDeclaration declaration, String box, String rest) {
    // inset-inline-start is "left", not "inset-left"; the other boxes keep their name.
    String prefix = box.equals("inset") ? "" : box + "-";
    for (Map.Entry<String, String> logical : LEFT_TO_RIGHT.entrySet()) {
      if (rest.equals(logical.getKey()) || rest.startsWith(logical.getKey() + "-")) {
        String tail = rest.substring(logical.getKey().length());
        return List.of(copy(declaration, prefix + side(logical.getValue()) + tail));
      }
    }
    if (rest.equals("inline") || rest.equals("block")) {
      boolean inline = rest.equals("inline");
      String start = side(inline ? "left" : "top");
      String end = side(inline ? "right" : "bottom");
      if (box.equals("border")) {
        // border-inline: one border for both sides.
        return List.of(copy(declaration, prefix + start), copy(declaration, prefix + end));
      }
      List<ICSSExpressionMember> values = declaration.getExpression().getAllMembers();
      if (values.size() > 2) {
        throw new IllegalArgumentException("expected one or two values in " + property(declaration));
      }
      return List.of(one(declaration, prefix + start, values.get(0)),
          one(declaration, prefix + end, values.get(values.size() - 1)));
    }
    return List.of(declaration);
  }

  /** A copy of {@code declaration}, its value copied too, for {@code property}. */
  static CSSDeclaration copy(CSSDeclaration declaration, String property) {
    CSSExpression value = new CSSExpression();
    declaration.getExpression().getAllMembers().forEach(member -> value.addMember(member.getClone()));
    return new CSSDeclaration(property, value, declaration.isImportant());
  }

  /** A copy of {@code declaration} for {@code property}, with {@code value} alone. */
  private static CSSDeclaration one(CSSDeclaration declaration, String property, ICSSExpressionMember value) {
    return new CSSDeclaration(property, new CSSExpression().addMember(value.getClone()), declaration.isImportant());
  }

  /** {@code physical}, a side of a page written left to right, on this page. */
  private String side(String physical) {
    if (!rightToLeft) {
      return physical;
    }
    return switch (physical) {
      case "left" -> "right";
      case "right" -> "left";
      default -> physical;
    };
  }

  /** {@code inline-start}, {@code start} and their ends as {@code left} or {@code right}; others as they are. */
  private CSSExpression sideValue(CSSExpression expression) {
    CSSExpression physical = new CSSExpression();
    for (ICSSExpressionMember member : expression.getAllMembers()) {
      String value = member instanceof CSSExpressionMemberTermSimple term ? term.getValue() : "";
      physical.addMember(switch (value) {
        case "inline-start", "start" -> new CSSExpressionMemberTermSimple(side("left"));
        case "inline-end", "end" -> new CSSExpressionMemberTermSimple(side("right"));
        default -> member.getClone();
      });
    }
    return physical;
  }

  private static String property(CSSDeclaration declaration) {
    return declaration.getProperty() + ": " + declaration.getExpressionAsCSSString();
  }
}
