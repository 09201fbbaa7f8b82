package org.safeguarding.bulletin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.lint.LintRule;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.render.docx.EasyReadDocxRenderer;
import org.safeguarding.bulletin.render.html.HtmlRenderer;
import org.safeguarding.bulletin.render.pdf.PdfRenderer;
import org.safeguarding.bulletin.validate.BulletinValidator;
import org.safeguarding.bulletin.validate.Severity;

/** Runs the README's Java example, and checks that the README still shows this code. */
class ReadmeExampleTest {
  private static final List<String> README_LINES = List.of(
      "Bulletin bulletin = BulletinJson.reader().read(Path.of(\"online-risks-and-harms.json\"));",
      ".contact(Contact.builder(\"police\", \"West Midlands Police\").emergency(true).phone(\"999\").build())",
      ".section(Section.builder(\"Reporting\").add(ContactsBlock.of(\"police\")).build())",
      "BulletinValidator.create().requireValid(built);",
      "BulletinJson.writer().write(built, System.out);",
      "RenderOptions options = RenderOptions.builder()",
      ".baseDirectory(Path.of(\".\"))",
      "HtmlRenderer.with(options).render(built, System.out);",
      "EasyReadDocxRenderer.with(options).render(built, docxOut);",
      "PdfRenderer.with(options).render(built, pdfOut);");

  @Test
  void theReadmeShowsThisExample() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));

    assertThat(README_LINES).allSatisfy(line -> assertThat(readme).contains(line));
  }

  @Test
  void theReadmeDocumentsEveryLintRule() throws IOException {
    String readme = Files.readString(Path.of("..", "README.md"));

    assertThat(LintRule.values()).allSatisfy(rule -> assertThat(readme)
        .contains("| `" + rule.id() + "` | " + defaultLevels(rule) + " |"));
  }

  /** "warning", or "warning (`free`: info)" for a rule whose default is lower in a free bulletin. */
  private static String defaultLevels(LintRule rule) {
    String levels = rule.defaultLevel(Layout.SEVEN_MINUTE).label();
    Severity free = rule.defaultLevel(Layout.FREE);
    return free == rule.defaultLevel(Layout.SEVEN_MINUTE) ? levels : levels + " (`free`: " + free.label() + ")";
  }

  @Test
  void theExampleRuns(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("online-risks-and-harms.json"), BulletinJson.writer().toJson(SaferSeven.build()));
    ByteArrayOutputStream written = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(written, true, StandardCharsets.UTF_8);

    Bulletin bulletin = BulletinJson.reader().read(dir.resolve("online-risks-and-harms.json"));
    out.println(bulletin.title() + ": " + bulletin.sections().size() + " sections");

    Bulletin built = Bulletin.builder("who-to-call")
        .layout(Layout.FREE)
        .title("Who to call")
        .publisher(Publisher.named("Example Safeguarding Partnership"))
        .contact(Contact.builder("police", "West Midlands Police").emergency(true).phone("999").build())
        .section(Section.builder("Reporting").add(ContactsBlock.of("police")).build())
        .build();
    BulletinValidator.create().requireValid(built);
    BulletinJson.writer().write(built, out);

    RenderOptions options = RenderOptions.builder()
        .baseDirectory(dir)
        .build();
    HtmlRenderer.with(options).render(built, out);
    ByteArrayOutputStream docxOut = new ByteArrayOutputStream();
    EasyReadDocxRenderer.with(options).render(built, docxOut);
    ByteArrayOutputStream pdfOut = new ByteArrayOutputStream();
    PdfRenderer.with(options).render(built, pdfOut);

    assertThat(written.toString(StandardCharsets.UTF_8))
        .startsWith("Online Risks and Harms: 7 sections\n{\n  \"formatVersion\": 1,\n  \"id\": \"who-to-call\"")
        .contains("<!doctype html>", "<title>Who to call</title>");
    assertThat(docxOut.toByteArray()).startsWith('P', 'K');
    assertThat(pdfOut.toString(StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
  }
}
