package org.safeguarding.bulletin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.model.Block;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Paragraph;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.testing.BulletinSchema;
import org.safeguarding.bulletin.validate.BulletinValidator;

/** The example, built in Java and read from JSON, is one bulletin, and it keeps every published sentence. */
class SaferSevenTest {
  private static final String SEED = "/seed/safer-seven-online-risks-and-harms.txt";
  private static final String PLACEHOLDER_LINE = "Visit our Learning Zone to see our selection of briefings and more [HERE](#)";

  @Test
  void theJavaBuiltAndJsonExamplesAreEqual() {
    assertThat(SaferSeven.build()).isEqualTo(SaferSeven.fromJson());
  }

  @Test
  void theJsonResourceIsWrittenAsTheWriterWritesIt() throws IOException {
    try (InputStream in = SaferSeven.class.getResourceAsStream(SaferSeven.JSON_RESOURCE)) {
      String resource = new String(in.readAllBytes(), StandardCharsets.UTF_8);

      assertThat(BulletinJson.writer().toJson(SaferSeven.build())).isEqualTo(resource);
    }
  }

  @Test
  void theJsonSchemaAcceptsIt() throws IOException {
    try (InputStream in = SaferSeven.class.getResourceAsStream(SaferSeven.JSON_RESOURCE)) {
      assertThat(BulletinSchema.errors(new String(in.readAllBytes(), StandardCharsets.UTF_8))).isEmpty();
    }
  }

  @Test
  void isValid() {
    assertThat(BulletinValidator.create().validate(SaferSeven.build())).isEmpty();
  }

  @Test
  void keepsEverySentenceOfTheSeedAsPublished() throws IOException {
    String text = allText(SaferSeven.build());
    List<String> missing = new ArrayList<>();
    for (String line : seedLines()) {
      String expected = line.equals(PLACEHOLDER_LINE)
          ? "Visit our Learning Zone to see our selection of briefings and more."
          : line.replaceFirst("^[1-7]\\. ", "").replaceAll("<(https?://[^>]+)>", "$1");
      if (!text.contains(expected)) {
        missing.add(line);
      }
    }
    assertThat(missing).isEmpty();
  }

  @Test
  void thePlaceholderLinkBecameMeaningfulLinkText() {
    Paragraph last = (Paragraph) SaferSeven.build().sections().get(6).content().get(1);

    assertThat(last.text().source())
        .isEqualTo("Visit our [Learning Zone](http://safeguarding.dudley.gov.uk) to see our selection of briefings and more.");
  }

  private static List<String> seedLines() throws IOException {
    try (InputStream in = SaferSevenTest.class.getResourceAsStream(SEED)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
          .filter(l -> !l.isEmpty()).toList();
    }
  }

  /**
   * Every text of the bulletin as a reader sees it (autolinks without their angle brackets), one piece a line, with the contacts written as the seed wrote them
   * ("Children: 0300 555 0050") and the publisher's name as the seed broke it over two lines.
   */
  private static String allText(Bulletin bulletin) {
    StringBuilder text = new StringBuilder();
    text.append(bulletin.series().name()).append('\n').append(bulletin.series().strapline()).append('\n');
    text.append(bulletin.publisher().name().replace("Safeguarding People", "Safeguarding\nPeople")).append('\n');
    text.append(bulletin.publisher().website()).append('\n');
    for (Contact c : bulletin.contacts()) {
      String phone = c.phone().display();
      text.append(c.name()).append(" - ").append(phone).append('\n').append(c.name()).append(": ").append(phone)
          .append('\n');
      if (c.organisation() != null) {
        text.append(c.organisation()).append(":\n");
      }
    }
    for (Section section : bulletin.sections()) {
      text.append(section.heading()).append('\n');
      for (Block block : section.content()) {
        if (block instanceof Paragraph p) {
          text.append(p.text().plainText()).append('\n');
        } else if (block instanceof Callout c) {
          text.append(c.text().plainText()).append('\n');
        } else if (block instanceof ListBlock l) {
          l.items().forEach(i -> text.append(i.plainText()).append('\n'));
        } else if (block instanceof RisksBlock || block instanceof ContactsBlock) {
          text.append('\n');
        }
      }
    }
    return text.toString();
  }
}
