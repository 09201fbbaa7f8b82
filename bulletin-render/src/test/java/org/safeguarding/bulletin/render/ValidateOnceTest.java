package org.safeguarding.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.render.html.HtmlRenderer;
import org.safeguarding.bulletin.render.pdf.PdfRenderer;
import org.safeguarding.bulletin.testing.Fixtures;
import org.safeguarding.bulletin.testing.Pictures;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.Problem;

/**
 * A bulletin is checked once per render: one the reader (or a validator) found valid is not checked
 * again by each renderer given the same limits and files, and one built in Java is checked by the
 * first renderer it meets.
 */
class ValidateOnceTest {

  @Test
  void aBulletinReadFromJsonIsNotCheckedAgainByTheRenderers(@TempDir Path folder) throws IOException {
    Files.write(folder.resolve("logo.png"), Pictures.png(8, 8));
    Path file = Files.writeString(folder.resolve("bulletin.json"), Fixtures.text(Fixtures.VALID + "/minimal-free.json")
        .replace("\"name\": \"Example Safeguarding Partnership\"",
            "\"name\": \"Example Safeguarding Partnership\", \"logo\": {\"path\": \"logo.png\", \"alt\": \"Example\"}"));
    Bulletin bulletin = BulletinJson.reader().read(file);
    Files.delete(folder.resolve("logo.png"));

    RenderOptions options = RenderOptions.builder().baseDirectory(folder).build();
    HtmlRenderer html = HtmlRenderer.with(options);
    assertThat(html.problems(bulletin)).as("not checked again, so the missing logo is not looked for").isEmpty();
    assertThat(PdfRenderer.with(options).problems(bulletin)).isEmpty();
    assertThatThrownBy(() -> html.render(bulletin, new ByteArrayOutputStream()))
        .as("the logo is still read to be drawn").isInstanceOf(IOException.class)
        .hasMessage("cannot use logo 'logo.png': no such file");
  }

  @Test
  void aDraftReadWithItsPlaceholderLinksIsCheckedByTheRenderer() {
    String json = Fixtures.text(Fixtures.VALID + "/minimal-free.json").replace("call 999.", "call [the team](#).");
    Bulletin draft = BulletinJson.reader().withPlaceholderLinksAllowed(true).read(json);

    assertThat(HtmlRenderer.create().problems(draft)).extracting(Problem::toString).containsExactly(
        "$.sections[0].content[0].text: link target '#' is a draft's placeholder; give the address the link goes to");
  }

  @Test
  void aBulletinBuiltInJavaIsCheckedByTheRendererItMeets() {
    Bulletin built = Bulletin.builder("built-in-java").layout(Layout.FREE).title("Who to call")
        .publisher(Publisher.named("Example"))
        .section(Section.builder("Reporting").paragraph("See [the guide](ftp://example.org/guide).").build())
        .build();

    assertThatThrownBy(() -> PdfRenderer.create().render(built, new ByteArrayOutputStream()))
        .isInstanceOf(BulletinInvalidException.class)
        .hasMessage("1 problem:\n$.sections[0].content[0].text: link target 'ftp://example.org/guide' uses the refused "
            + "scheme 'ftp:'; allowed: https, http, mailto, tel");
  }
}
