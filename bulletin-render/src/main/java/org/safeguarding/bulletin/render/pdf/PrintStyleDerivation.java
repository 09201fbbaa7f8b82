package org.safeguarding.bulletin.render.pdf;

import com.helger.base.system.ENewLineMode;
import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSExpression;
import com.helger.css.decl.CSSExpressionMemberFunction;
import com.helger.css.decl.CSSExpressionMemberTermSimple;
import com.helger.css.decl.CSSExpressionMemberTermURI;
import com.helger.css.decl.CSSMediaQuery;
import com.helger.css.decl.CSSMediaRule;
import com.helger.css.decl.CSSSelector;
import com.helger.css.decl.CSSSelectorAttribute;
import com.helger.css.decl.CSSSelectorMemberFunctionLike;
import com.helger.css.decl.CSSSelectorSimpleMember;
import com.helger.css.decl.CSSStyleRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ECSSExpressionOperator;
import com.helger.css.decl.ECSSSelectorCombinator;
import com.helger.css.decl.ICSSExpressionMember;
import com.helger.css.decl.ICSSSelectorMember;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.reader.CSSReader;
import com.helger.css.reader.CSSReaderSettings;
import com.helger.css.reader.errorhandler.ThrowingCSSParseErrorHandler;
import com.helger.css.writer.CSSWriter;
import com.helger.css.writer.CSSWriterSettings;
import com.openhtmltopdf.css.parser.CSSParser;
import com.openhtmltopdf.css.sheet.Ruleset;
import com.openhtmltopdf.css.sheet.Stylesheet;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The PDF's style sheet, derived from a page's screen style sheet and a small print-only sheet, so
 * that no rule is written twice. The screen sheet is parsed (ph-css) and rewritten for the PDF
 * engine, which lays out CSS 2.1 and little more:
 *
 * <ul>
 *   <li>its rules in {@code @media print} count as plain rules; every other {@code @media} block
 *       (widths, motion, forced colours) is for screens and is left out;
 *   <li>rules for states paper does not have ({@code :hover}, {@code :focus-visible}, {@code
 *       :target} ...) and for {@code ::marker} are left out;
 *   <li>the sheet's own custom properties ({@code --measure}) are put in where they are used and
 *       every custom property's declaration is left out; the theme's colours stay {@code var(--name)}
 *       for {@link PrintStylesheet} to fill in from the light palette (the screen's ink-saving print
 *       colours are not taken: the PDF is the printed document in its colours);
 *   <li>logical properties become physical ones for the page's direction ({@link LogicalSides});
 *   <li>{@code overflow-wrap} becomes the engine's {@code word-wrap};
 *   <li>margins and paddings in {@code rem} shrink to {@value #SPACING} of the screen's: paper is
 *       read without scrolling or touch targets, and is paid for by the page;
 *   <li>what the engine cannot use is left out: flex and grid displays, values with a function it
 *       cannot compute ({@code clamp()}, {@code min()}, {@code calc()} ...: sizes that follow the
 *       screen's width, which the print-only sheet gives for paper), and any declaration that the
 *       engine's own parser does not accept.
 * </ul>
 *
 * <p>The print-only sheet follows, written for paper (page rules, page breaks, floats and tables
 * where the screen has flex and grid): its logical properties become physical ones in the same way,
 * so that one sheet serves both directions. Type sizes follow the screen's {@code rem} scale, the
 * print-only sheet setting the root's size. Derived once for each sheet and direction ({@link
 * PrintStylesheet} keeps them); the same input gives the same text.
 */
final class PrintStyleDerivation {
  /** How much of the screen's spacing (margins and paddings in rem) paper keeps. */
  static final String SPACING = "0.7";
  /** States and parts that paper does not have, or the engine does not draw. */
  private static final Set<String> SCREEN_ONLY_PSEUDO = Set.of(":hover", ":focus", ":focus-visible",
      ":focus-within", ":active", ":visited", ":target", "::marker");
  private static final Set<String> FLEX_AND_GRID = Set.of("flex", "inline-flex", "grid", "inline-grid");
  /** Functions the engine computes in a value; a value with any other is left out. */
  private static final Set<String> ENGINE_FUNCTIONS = Set.of("var", "attr", "counter", "counters", "url", "rgb",
      "element", "target-counter", "leader");
  private static final CSSWriterSettings WRITER = new CSSWriterSettings(false).setNewLineMode(ENewLineMode.UNIX);

  private final LogicalSides sides;
  private final Map<String, CSSExpression> custom = new HashMap<>();

  private PrintStyleDerivation(boolean rightToLeft) {
    this.sides = new LogicalSides(rightToLeft);
  }

  /**
   * The PDF's style sheet: {@code screen} rewritten for the engine as the class describes, then
   * {@code print} with its logical properties made physical, for a page written right to left or
   * not. Theme colours, fonts and page size stay {@code var(--name)}.
   *
   * @param screen the page's screen style sheet, without the theme's colours
   * @param print the print-only style sheet
   * @throws IllegalArgumentException if either is not CSS that the parser reads
   */
  static String derive(String screen, String print, boolean rightToLeft) {
    PrintStyleDerivation derivation = new PrintStyleDerivation(rightToLeft);
    CascadingStyleSheet fromScreen = parse(screen, "the screen style sheet");
    derivation.collectCustomProperties(fromScreen);
    CascadingStyleSheet derived = new CascadingStyleSheet();
    derivation.rules(fromScreen.getAllRules(), derived, true);
    derivation.rules(parse(print, "the print style sheet").getAllRules(), derived, false);
    return new CSSWriter(WRITER).setWriteHeaderText(false).getCSSAsString(derived);
  }

  private static CascadingStyleSheet parse(String css, String what) {
    CSSReaderSettings settings = new CSSReaderSettings().setBrowserCompliantMode(false)
        .setCustomErrorHandler(new ThrowingCSSParseErrorHandler())
        .setCustomExceptionHandler(e -> {
          throw new IllegalArgumentException("cannot parse " + what + ": " + e.getMessage(), e);
        });
    CascadingStyleSheet sheet = CSSReader.readFromStringReader(css, settings);
    if (sheet == null) {
      throw new IllegalArgumentException("cannot parse " + what);
    }
    return sheet;
  }

  /** The custom properties that top-level {@code :root} rules of {@code sheet} declare. */
  private void collectCustomProperties(CascadingStyleSheet sheet) {
    for (CSSStyleRule rule : sheet.getAllStyleRules()) {
      if (rule.getSelectorCount() == 1 && rule.getSelectorsAsCSSString(WRITER, 0).equals(":root")) {
        for (CSSDeclaration declaration : rule.getAllDeclarations()) {
          if (declaration.getProperty().startsWith("--")) {
            custom.put(declaration.getProperty(), declaration.getExpression());
          }
        }
      }
    }
  }

  /** Adds {@code rules}, rewritten ({@code fromScreen}: as the screen's are), to {@code into}. */
  private void rules(List<ICSSTopLevelRule> rules, CascadingStyleSheet into, boolean fromScreen) {
    for (ICSSTopLevelRule rule : rules) {
      if (rule instanceof CSSStyleRule style) {
        CSSStyleRule derived = styleRule(style, fromScreen);
        if (derived != null) {
          into.addRule(derived);
        }
      } else if (rule instanceof CSSMediaRule media) {
        if (fromScreen && forPrint(media)) {
          rules(media.getAllRules(), into, true);
        } else if (!fromScreen) {
          throw new IllegalArgumentException("the print style sheet is for print only: no @media in it");
        }
      } else {
        into.addRule(rule);
      }
    }
  }

  /** Whether every query of {@code media} is {@code print} (or {@code all}) without conditions. */
  private static boolean forPrint(CSSMediaRule media) {
    for (CSSMediaQuery query : media.getAllMediaQueries()) {
      if (query.isNot() || query.hasMediaExpressions()
          || !("print".equals(query.getMedium()) || "all".equals(query.getMedium()))) {
        return false;
      }
    }
    return true;
  }

  /** {@code rule} for paper, or null if nothing of it is left. */
  private CSSStyleRule styleRule(CSSStyleRule rule, boolean fromScreen) {
    CSSStyleRule derived = new CSSStyleRule();
    for (CSSSelector selector : rule.getAllSelectors()) {
      if (!fromScreen || onPaper(selector)) {
        derived.addSelector(selector);
      }
    }
    for (CSSDeclaration declaration : rule.getAllDeclarations()) {
      for (CSSDeclaration physical : sides.physical(declaration)) {
        CSSDeclaration kept = fromScreen ? forEngine(physical) : physical;
        if (kept != null) {
          derived.addDeclaration(kept);
        }
      }
    }
    return derived.hasSelectors() && derived.hasDeclarations() ? derived : null;
  }

  /** Whether {@code selector} can match on paper: no screen-only state or part in it. */
  private static boolean onPaper(CSSSelector selector) {
    for (ICSSSelectorMember member : selector.getAllMembers()) {
      if (member instanceof CSSSelectorSimpleMember simple && simple.isPseudo()
          && SCREEN_ONLY_PSEUDO.contains(simple.getValue())) {
        return false;
      }
      if (!(member instanceof CSSSelectorSimpleMember || member instanceof ECSSSelectorCombinator
          || member instanceof CSSSelectorAttribute || member instanceof CSSSelectorMemberFunctionLike)) {
        // :not(), :is(), :has() and the like: the engine has none of them.
        return false;
      }
    }
    return true;
  }

  /** {@code declaration} (physical already) as the engine can use it, or null if it cannot. */
  private CSSDeclaration forEngine(CSSDeclaration declaration) {
    String property = declaration.getProperty();
    if (property.startsWith("--")) {
      return null;
    }
    CSSExpression value = resolved(declaration.getExpression());
    if (property.equals("overflow-wrap")) {
      property = "word-wrap";
      value = new CSSExpression().addTermSimple("break-word");
    }
    if (!computable(value) || (property.equals("display") && FLEX_AND_GRID.contains(value.getAsCSSString(WRITER, 0)))
        || !engineAccepts(property, value)) {
      return null;
    }
    if (property.startsWith("margin") || property.startsWith("padding")) {
      value = spaced(value);
    }
    return new CSSDeclaration(property, value, declaration.isImportant());
  }

  /** {@code value} with the sheet's own custom properties put in. */
  private CSSExpression resolved(CSSExpression value) {
    CSSExpression resolved = new CSSExpression();
    for (ICSSExpressionMember member : value.getAllMembers()) {
      if (member instanceof CSSExpressionMemberFunction function && function.getFunctionName().equals("var")
          && custom.containsKey(function.getExpression().getAsCSSString(WRITER, 0))) {
        resolved(custom.get(function.getExpression().getAsCSSString(WRITER, 0))).getAllMembers()
            .forEach(resolved::addMember);
      } else {
        resolved.addMember(member.getClone());
      }
    }
    return resolved;
  }

  /**
   * Whether the engine's parser takes {@code property: value} without a complaint, each {@code
   * var(--name)} left in the value (a theme colour) as a colour.
   */
  private static boolean engineAccepts(String property, CSSExpression value) {
    CSSExpression filled = new CSSExpression();
    for (ICSSExpressionMember member : value.getAllMembers()) {
      boolean variable = member instanceof CSSExpressionMemberFunction function && function.getFunctionName().equals("var");
      filled.addMember(variable ? new CSSExpressionMemberTermSimple("#000000") : member);
    }
    List<String> complaints = new ArrayList<>();
    String rule = "x { " + property + ": " + filled.getAsCSSString(WRITER, 0) + " }";
    try {
      Stylesheet parsed = new CSSParser((uri, message) -> complaints.add(message))
          .parseStylesheet("check", StylesheetInfo.AUTHOR, new StringReader(rule));
      return complaints.isEmpty() && parsed.getContents().size() == 1
          && !((Ruleset) parsed.getContents().get(0)).getPropertyDeclarations().isEmpty();
    } catch (IOException e) {
      throw new UncheckedIOException("a string cannot fail to be read", e);
    }
  }

  /** Whether the engine computes every function in {@code value}. */
  private static boolean computable(CSSExpression value) {
    for (ICSSExpressionMember member : value.getAllMembers()) {
      if (member instanceof CSSExpressionMemberFunction function
          && !ENGINE_FUNCTIONS.contains(function.getFunctionName())) {
        return false;
      }
      if (!(member instanceof CSSExpressionMemberFunction || member instanceof CSSExpressionMemberTermSimple
          || member instanceof CSSExpressionMemberTermURI || member instanceof ECSSExpressionOperator)) {
        // calc() and other arithmetic.
        return false;
      }
    }
    return true;
  }

  /** {@code value} with each length in rem at {@link #SPACING} of itself. */
  private static CSSExpression spaced(CSSExpression value) {
    CSSExpression spaced = new CSSExpression();
    for (ICSSExpressionMember member : value.getAllMembers()) {
      if (member instanceof CSSExpressionMemberTermSimple term && term.getValue().endsWith("rem")) {
        String number = term.getValue().substring(0, term.getValue().length() - 3);
        BigDecimal scaled = new BigDecimal(number).multiply(new BigDecimal(SPACING)).stripTrailingZeros();
        spaced.addMember(new CSSExpressionMemberTermSimple(scaled.toPlainString() + "rem"));
      } else {
        spaced.addMember(member);
      }
    }
    return spaced;
  }
}
