package org.safeguarding.bulletin.internal.walk;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.Block;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.testing.Fixtures;

/**
 * The walk over a bulletin's records is closed: what the compiler enforces, shown here in what a
 * test can see. Removing a case from {@link RecordWalk}'s {@link Block.Visitor} does not compile
 * ("is not abstract and does not override abstract method callout(Callout) in Visitor"), and a
 * visitor that leaves out a kind of record does not compile either, because {@link RecordVisitor}
 * has no defaults. A new block type added to {@link Block} and its visitor therefore fails to
 * compile in the walk, then in every visitor: the document rules, the sizes of a Java-built
 * bulletin and the linter's text.
 */
class ClosedWalkTest {

  @Test
  void everyKindOfBlockHasAMethodInTheBlockVisitorAndInTheRecordVisitor() {
    List<Class<?>> blocks = Arrays.asList(Block.class.getPermittedSubclasses());
    assertThat(blocks).hasSize(Block.Visitor.class.getDeclaredMethods().length);
    for (Class<?> block : blocks) {
      assertThat(Block.Visitor.class.getDeclaredMethods()).as(block.getSimpleName())
          .anyMatch(m -> m.getParameterTypes()[0] == block);
      assertThat(RecordVisitor.class.getDeclaredMethods()).as(block.getSimpleName())
          .anyMatch(m -> m.getParameterTypes()[0] == block);
    }
  }

  @Test
  void theRecordVisitorHasNoDefaultsSoEveryVisitorHandlesEveryKind() {
    assertThat(RecordVisitor.class.getDeclaredMethods()).noneMatch(Method::isDefault);
  }

  @Test
  void theWalkVisitsEveryRecordWithItsJsonPathInTheFormatsOrder() {
    Bulletin bulletin = Fixtures.valid("every-field");
    List<String> visits = new ArrayList<>();
    InvocationHandler record = (proxy, method, args) -> {
      visits.add(method.getName() + (args.length > 1 ? " " + args[1] : ""));
      return null;
    };
    RecordVisitor visitor = (RecordVisitor) Proxy.newProxyInstance(RecordVisitor.class.getClassLoader(),
        new Class<?>[] {RecordVisitor.class}, record);

    RecordWalk.walk(Parts.of(bulletin), visitor);

    assertThat(visits).startsWith("bulletin", "alternate $.alternates[0]", "alternate $.alternates[1]",
        "alternativeFormats $.alternativeFormats",
        "easyReadReview $.easyReadReview", "risk $.risks[0]");
    assertThat(visits).contains("contact $.contacts[0]", "glossaryEntry $.glossary[0]", "section $.sections[0]",
        "paragraph $.sections[0].content[0]", "easyReadPoint $.sections[0].easyRead[0]");
    assertThat(visits.stream().map(v -> v.split(" ")[0]).distinct())
        .as("every kind of record in every-field.json is visited")
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(RecordVisitor.class.getDeclaredMethods())
            .map(Method::getName).toList());
  }

  @Test
  void aPartThatCouldNotBeReadIsSkippedAndTheOthersKeepTheirPaths() {
    Bulletin bulletin = Fixtures.valid("every-field");
    Parts whole = Parts.of(bulletin);
    List<SectionParts> sections = new ArrayList<>(whole.sections());
    sections.set(0, null);
    Parts holed = new Parts(whole.id(), whole.layout(), whole.language(), whole.region(), whole.series(),
        whole.title(), whole.publisher(), whole.published(), whole.summary(), whole.alternates(),
        whole.alternativeFormats(), whole.easyReadReview(), whole.riskIds(), whole.risks(), whole.contactIds(),
        whole.contactPhones(), whole.contacts(), whole.glossary(), sections);
    List<String> sectionsVisited = new ArrayList<>();
    RecordVisitor visitor = (RecordVisitor) Proxy.newProxyInstance(RecordVisitor.class.getClassLoader(),
        new Class<?>[] {RecordVisitor.class}, (proxy, method, args) -> {
          if (method.getName().equals("section")) {
            sectionsVisited.add((String) args[1]);
          }
          return null;
        });

    RecordWalk.walk(holed, visitor);

    assertThat(sectionsVisited).first().isEqualTo("$.sections[1]");
    assertThat(sectionsVisited).hasSize(bulletin.sections().size() - 1);
  }
}
