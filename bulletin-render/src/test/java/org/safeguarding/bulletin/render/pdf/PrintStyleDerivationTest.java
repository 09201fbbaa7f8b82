package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.helger.css.decl.CSSDeclaration;
import com.helger.css.decl.CSSMediaRule;
import com.helger.css.decl.CSSSelector;
import com.helger.css.decl.CSSStyleRule;
import com.helger.css.decl.CascadingStyleSheet;
import com.helger.css.decl.ICSSTopLevelRule;
import com.helger.css.reader.CSSReader;
import com.helger.css.writer.CSSWriterSettings;
import com.openhtmltopdf.css.parser.CSSParser;
import com.openhtmltopdf.css.sheet.StylesheetInfo;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.bulletin.render.ColourRole;
import org.safeguarding.bulletin.render.PageSize;
import org.safeguarding.bulletin.render.Theme;
import org.safeguarding.bulletin.render.internal.page.Stylesheet;

/**
 * The PDF's style sheets are derived from the pages' ({@link PrintStyleDerivation}): every rule of
 * the screen sheet that paper can use is in them (not those with which only browsers print), no logical property is left, a right-to-left page
 * gets the same sheet with its sides swapped, and the print-only sheet writes no rule of the screen
 * sheet again.
 */
class PrintStyleDerivationTest {
  private static final CSSWriterSettings WRITER = new CSSWriterSettings(true);
  private static final Pattern SCREEN_ONLY = Pattern.compile(":hover|:focus|:target|::marker|:not\\(");
  private static final Pattern LOGICAL = Pattern.compile(
      "(?m)^\\s*[a-z-]*(-inline|-block|inline-size|block-size)[a-z-]*\\s*:|:\\s*(inline-start|inline-end)\\b");
  private static final Pattern VARIABLE = Pattern.compile("var\\(--([a-z-]+)\\)");
  /** Properties with which only browsers print: the engine has CSS 2.1's page-break-* instead. */
  private static final Set<String> BROWSERS_ONLY = Set.of("break-before", "break-after", "break-inside",
      "box-decoration-break", "-webkit-box-decoration-break");

  static Stream<Arguments> sheets() {
    return Stream.of(Arguments.of(PrintStylesheet.BASE_RESOURCE, Stylesheet.screen()),
        Arguments.of(PrintStylesheet.EASY_READ_RESOURCE, Stylesheet.easyReadScreen()));
  }

  @ParameterizedTest
  @MethodSource("sheets")
  void everySelectorOfTheScreenSheetThatPaperCanUseIsInThePdfSheet(String resource, String screen) {
    Set<String> derived = selectors(PrintStylesheet.template(resource, false));
    List<String> expected = new ArrayList<>();
    for (CSSStyleRule rule : styleRules(parse(screen).getAllRules(), true)) {
      if (forBrowsersOnly(rule)) {
        continue;
      }
      for (CSSSelector selector : rule.getAllSelectors()) {
        String text = selector.getAsCSSString(WRITER, 0);
        if (!SCREEN_ONLY.matcher(text).find() && !text.equals(":root")) {
          expected.add(text);
        }
      }
    }

    assertThat(expected).hasSizeGreaterThan(20);
    assertThat(derived).containsAll(expected);
  }

  @ParameterizedTest
  @MethodSource("sheets")
  void noLogicalPropertyScreenOnlyRuleOrCustomPropertyIsLeft(String resource, String screen) {
    assertThat(screen).containsPattern(LOGICAL).contains("@media (", ":hover", "var(--");
    for (boolean rightToLeft : List.of(false, true)) {
      String derived = PrintStylesheet.template(resource, rightToLeft);

      assertThat(derived).doesNotContainPattern(LOGICAL).doesNotContain("@media", ":hover", ":focus", "--measure:",
          "display:flex", "display:grid", "clamp(", "overflow-wrap");
      Matcher variable = VARIABLE.matcher(derived);
      while (variable.find()) {
        assertThat(variable.group(1)).as("a variable the PDF fills in")
            .isIn(Stream.concat(Stream.of(ColourRole.values()).map(ColourRole::cssName),
                Stream.of("fonts", "page-size")).toList());
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {PrintStylesheet.BASE_RESOURCE, PrintStylesheet.EASY_READ_RESOURCE})
  void aRightToLeftPageGetsTheSameSheetWithItsSidesSwapped(String resource) {
    String leftToRight = PrintStylesheet.template(resource, false);
    String rightToLeft = PrintStylesheet.template(resource, true);
    String swapped = leftToRight.replace("left", "\uFDD0").replace("right", "left").replace("\uFDD0", "right");

    assertThat(leftToRight).contains("left", "right");
    assertThat(rightToLeft).isNotEqualTo(leftToRight).isEqualTo(swapped);
  }

  @ParameterizedTest
  @ValueSource(strings = {PrintStylesheet.BASE_RESOURCE, PrintStylesheet.EASY_READ_RESOURCE})
  void isDerivedOnceAndTheEngineTakesEveryDeclaration(String resource) throws IOException {
    String template = PrintStylesheet.template(resource, false);
    assertThat(PrintStylesheet.template(resource, false)).isSameAs(template);

    String css = PrintStylesheet.base(resource, Theme.standard(), List.of(PdfFontFamily.atkinsonHyperlegibleNext()),
        PageSize.A4, false);
    List<String> complaints = new ArrayList<>();
    new CSSParser((uri, message) -> complaints.add(message))
        .parseStylesheet("test", StylesheetInfo.AUTHOR, new StringReader(css));

    assertThat(css).doesNotContainPattern("var\\(--[a-z]");
    assertThat(complaints).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("sheets")
  void thePrintOnlySheetWritesNoDeclarationOfTheScreenSheetAgain(String resource, String screen) {
    Set<String> screenDeclarations = declarations(screen);
    Set<String> printDeclarations = declarations(Stylesheet.resource(PrintStylesheet.class, resource));

    assertThat(printDeclarations).hasSizeGreaterThan(10).doesNotContainAnyElementsOf(screenDeclarations);
  }

  @ParameterizedTest
  @ValueSource(strings = {"bulletin.css", "easy-read.css"})
  void thePagesSheetsWriteNoDeclarationOfTheCommonSheetAgain(String sheet) {
    Set<String> common = declarations(Stylesheet.resource(Stylesheet.class, "page-common.css"));

    assertThat(common).hasSizeGreaterThan(10);
    assertThat(declarations(Stylesheet.resource(Stylesheet.class, sheet))).doesNotContainAnyElementsOf(common);
    assertThat(Stylesheet.css(Theme.standard())).contains(Stylesheet.resource(Stylesheet.class, "page-common.css"));
    assertThat(Stylesheet.easyRead(Theme.standard())).contains(Stylesheet.resource(Stylesheet.class, "page-common.css"));
  }

  /** Each selector's declarations in {@code css} (outside @media), as "selector { property: value }". */
  private static Set<String> declarations(String css) {
    Set<String> declarations = new HashSet<>();
    for (CSSStyleRule rule : styleRules(parse(css).getAllRules(), false)) {
      for (CSSSelector selector : rule.getAllSelectors()) {
        for (CSSDeclaration declaration : rule.getAllDeclarations()) {
          declarations.add(selector.getAsCSSString(WRITER, 0) + " { " + declaration.getAsCSSString(WRITER, 0) + " }");
        }
      }
    }
    return declarations;
  }

  /**
   * Whether every declaration of {@code rule} is one that only browsers print with: CSS 3's
   * fragmentation properties, which the engine does not have (it has CSS 2.1's {@code
   * page-break-*}; the derivation leaves them out, as any declaration the engine does not accept).
   */
  private static boolean forBrowsersOnly(CSSStyleRule rule) {
    return rule.getAllDeclarations().stream().allMatch(declaration -> BROWSERS_ONLY.contains(declaration.getProperty()));
  }

  private static Set<String> selectors(String css) {
    Set<String> selectors = new HashSet<>();
    for (CSSStyleRule rule : parse(css).getAllStyleRules()) {
      rule.getAllSelectors().forEach(selector -> selectors.add(selector.getAsCSSString(WRITER, 0)));
    }
    return selectors;
  }

  /** The style rules among {@code rules}, and with {@code print} those in @media print too. */
  private static List<CSSStyleRule> styleRules(List<ICSSTopLevelRule> rules, boolean print) {
    List<CSSStyleRule> styleRules = new ArrayList<>();
    for (ICSSTopLevelRule rule : rules) {
      if (rule instanceof CSSStyleRule style) {
        styleRules.add(style);
      } else if (print && rule instanceof CSSMediaRule media
          && media.getAllMediaQueries().stream().allMatch(q -> "print".equals(q.getMedium()) && !q.hasMediaExpressions())) {
        styleRules.addAll(styleRules(media.getAllRules(), true));
      }
    }
    return styleRules;
  }

  private static CascadingStyleSheet parse(String css) {
    CascadingStyleSheet sheet = CSSReader.readFromString(css);
    assertThat(sheet).as("CSS the parser reads").isNotNull();
    return sheet;
  }
}
