package org.safeguarding.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulletin whose logo sits beside its JSON file renders to HTML, DOCX and PDF from the command
 * line run in another working directory: every renderer reads the logo from the input's folder,
 * none from the working directory (the DOCX renderer once checked it against the working directory,
 * and the run failed).
 */
class LogoBesideTheInputTest {
  private static final long TIMEOUT_SECONDS = 120;

  @TempDir
  Path dir;

  @Test
  void rendersEveryOutputWithTheLogoBesideTheJsonFromAnotherWorkingDirectory() throws Exception {
    Path bulletins = Files.createDirectory(dir.resolve("bulletins"));
    Path elsewhere = Files.createDirectory(dir.resolve("elsewhere"));
    byte[] png = png();
    Files.write(bulletins.resolve("logo.png"), png);
    HostileInputs.changed(bulletins, HostileInputs.logo("logo.png"));

    Process child = start(elsewhere, "render", "../bulletins/bulletin.json", "--out", "out", "--format", "html,docx,pdf");

    assertThat(child.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)).isTrue();
    String err = Files.readString(dir.resolve("child.err"));
    assertThat(child.exitValue()).as(err).isZero();
    assertThat(err).startsWith("rendered 1 document into 3 files in out");
    Path out = elsewhere.resolve("out");
    assertThat(Files.readString(out.resolve("online-risks-and-harms.html")))
        .contains("<img src=\"data:image/png;base64," + Base64.getEncoder().encodeToString(png) + "\" alt=\"Partnership logo\">");
    try (PDDocument pdf = Loader.loadPDF(out.resolve("online-risks-and-harms.pdf").toFile())) {
      assertThat(figures(pdf.getDocumentCatalog().getStructureTreeRoot(), new ArrayList<>())).contains("Partnership logo");
    }
    try (ZipFile docx = new ZipFile(out.resolve("online-risks-and-harms-easy-read.docx").toFile())) {
      assertThat(docx.getEntry("word/document.xml")).isNotNull();
    }
  }

  /** The alternative text of every Figure under {@code node}. */
  private static List<String> figures(PDStructureNode node, List<String> found) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        if ("Figure".equals(element.getStandardStructureType()) && element.getAlternateDescription() != null) {
          found.add(element.getAlternateDescription());
        }
        figures(element, found);
      }
    }
    return found;
  }

  /** Starts {@code bulletin ARGS...} in a new JVM with this test's class path, in {@code workingDirectory}. */
  private Process start(Path workingDirectory, String... args) throws IOException {
    String classPath = Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
        .map(entry -> Path.of(entry).toAbsolutePath().toString()).collect(Collectors.joining(File.pathSeparator));
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", classPath, BulletinCommand.class.getName()));
    command.addAll(List.of(args));
    return new ProcessBuilder(command).directory(workingDirectory.toFile())
        .redirectOutput(dir.resolve("child.out").toFile()).redirectError(dir.resolve("child.err").toFile()).start();
  }

  /** A small opaque RGB PNG. */
  private static byte[] png() throws IOException {
    BufferedImage image = new BufferedImage(24, 12, BufferedImage.TYPE_INT_RGB);
    for (int x = 0; x < 24; x++) {
      for (int y = 0; y < 12; y++) {
        image.setRGB(x, y, x < 12 ? 0x1d3f6e : 0xffdd00);
      }
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }
}
