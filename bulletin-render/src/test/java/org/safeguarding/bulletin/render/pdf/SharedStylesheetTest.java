package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.render.ColourRole;
import org.safeguarding.bulletin.render.PageSize;
import org.safeguarding.bulletin.render.Theme;
import org.safeguarding.bulletin.render.internal.page.Stylesheet;

/**
 * The bulletin's page and its PDF take the rules they share from one sheet, {@code
 * bulletin-base.css}, placed first in both, and neither sheet writes such a rule again.
 */
class SharedStylesheetTest {
  private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");
  private static final Pattern RULE = Pattern.compile("([^{}]+)\\{([^{}]*)\\}");
  private final Theme theme = Theme.standard();

  @Test
  void thePageHasTheSharedRulesBeforeItsOwn() {
    assertThat(Stylesheet.css(theme))
        .endsWith(Stylesheet.shared() + Stylesheet.resource(Stylesheet.class, "bulletin.css"));
  }

  @Test
  void thePdfHasTheSharedRulesBeforeItsOwnWithTheThemesColours() {
    String shared = Stylesheet.shared();
    for (ColourRole role : ColourRole.values()) {
      shared = shared.replace("var(--" + role.cssName() + ")", theme.light().colour(role));
    }
    String css = PrintStylesheet.base(theme, List.of(PdfFontFamily.atkinsonHyperlegibleNext()), PageSize.A4);

    assertThat(shared).doesNotContainPattern("var\\(--[a-z]");
    assertThat(css).startsWith(shared).hasSizeGreaterThan(shared.length() * 5);
  }

  @Test
  void neitherSheetSetsASharedPropertyAgainForTheSameSelector() {
    List<Rule> shared = rules(Stylesheet.shared());
    assertThat(shared).hasSizeGreaterThan(10);
    for (String sheet : List.of(Stylesheet.resource(Stylesheet.class, "bulletin.css"),
        Stylesheet.resource(PrintStylesheet.class, PrintStylesheet.BASE_RESOURCE))) {
      for (Rule own : rules(sheet)) {
        for (Rule base : shared) {
          if (own.selector().equals(base.selector())) {
            assertThat(own.properties()).as("%s in a sheet after bulletin-base.css", own.selector())
                .doesNotContainAnyElementsOf(base.properties());
          }
        }
      }
    }
  }

  private static List<Rule> rules(String css) {
    Matcher m = RULE.matcher(COMMENT.matcher(css).replaceAll(""));
    List<Rule> rules = new ArrayList<>();
    while (m.find()) {
      List<String> properties = Arrays.stream(m.group(2).split(";")).map(String::strip).filter(d -> !d.isEmpty())
          .map(d -> d.substring(0, d.indexOf(':')).strip()).toList();
      rules.add(new Rule(m.group(1).strip(), properties));
    }
    return rules;
  }

  private record Rule(String selector, List<String> properties) {}
}
