package org.safeguarding.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.render.docx.EasyReadDocxRenderer;
import org.safeguarding.bulletin.render.html.HtmlRenderer;
import org.safeguarding.bulletin.render.pdf.PdfRenderer;
import org.safeguarding.bulletin.render.text.TextRenderer;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.Problem;

/** What every renderer promises its callers: their own IOException back, and whole files or none. */
class RendererContractTest {
  private static final Bulletin BULLETIN = Bulletin.builder("contract")
      .layout(Layout.FREE)
      .title("Who to call")
      .publisher(Publisher.named("Example Safeguarding Partnership"))
      .section(Section.builder("Reporting").paragraph("Call 999 in an emergency.").build())
      .build();

  static Stream<BulletinRenderer> renderers() {
    return Stream.of(HtmlRenderer.create(), EasyReadDocxRenderer.create(), PdfRenderer.create(),
        TextRenderer.create());
  }

  @ParameterizedTest
  @MethodSource("renderers")
  void throwsTheCallersIoExceptionAsItIs(BulletinRenderer renderer) {
    IOException diskFull = new IOException("disk full");
    OutputStream failing = new OutputStream() {
      @Override
      public void write(int b) throws IOException {
        throw diskFull;
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        throw diskFull;
      }
    };

    assertThatThrownBy(() -> renderer.render(BULLETIN, failing)).isSameAs(diskFull);
  }

  @ParameterizedTest
  @MethodSource("renderers")
  void writesAFileWholeAndLeavesNothingElse(BulletinRenderer renderer, @TempDir Path folder) throws IOException {
    Path file = folder.resolve(renderer.fileName(BULLETIN));
    Files.writeString(file, "earlier");

    renderer.render(BULLETIN, file);

    assertThat(Files.size(file)).isGreaterThan(100);
    assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).doesNotContain("earlier");
    assertThat(entries(folder)).containsExactly(file.getFileName().toString());
  }

  @Test
  void leavesTheEarlierFileAndNoTemporaryFileWhenRenderingFails(@TempDir Path folder) throws IOException {
    Bulletin oneSection = Bulletin.builder("too-short")
        .title("Too short")
        .publisher(Publisher.named("Example"))
        .layout(Layout.SEVEN_MINUTE)
        .section(Section.builder("Only one").paragraph("Seven are needed.").build())
        .build();
    Path file = folder.resolve("too-short.html");
    Files.writeString(file, "earlier");

    assertThatThrownBy(() -> HtmlRenderer.create().render(oneSection, file))
        .isInstanceOf(BulletinInvalidException.class);

    assertThat(Files.readString(file)).isEqualTo("earlier");
    assertThat(entries(folder)).containsExactly("too-short.html");
  }

  @Test
  void leavesNoFileWhenRenderingFailsHalfWay(@TempDir Path folder) throws IOException {
    IOException failure = new IOException("failed half way");
    BulletinRenderer halfWay = new BulletinRenderer() {
      @Override
      public void render(Bulletin bulletin, Companions companions, OutputStream out) throws IOException {
        out.write("half a document".getBytes(StandardCharsets.UTF_8));
        throw failure;
      }

      @Override
      public List<Problem> problems(Bulletin bulletin) {
        return List.of();
      }

      @Override
      public String fileName(Bulletin bulletin) {
        return "half.txt";
      }
    };

    assertThatThrownBy(() -> halfWay.render(BULLETIN, folder.resolve("half.txt"))).isSameAs(failure);
    assertThat(entries(folder)).isEmpty();
  }

  private static List<String> entries(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(f -> f.getFileName().toString()).toList();
    }
  }
}
