package org.safeguarding.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.bulletin.examples.SaferSeven;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.testing.Fixtures;

/** {@code render}: all inputs validated before any is rendered, outputs written all or nothing. */
class RenderCommandTest {
  @TempDir
  Path dir;

  private final CliRun cli = new CliRun();

  private int run(String... args) {
    return cli.run(args);
  }

  private Path input(String name, String fixture) throws IOException {
    return Files.writeString(dir.resolve(name), Fixtures.text(fixture));
  }

  private Path outDir() {
    return dir.resolve("out");
  }

  private String[] files() throws IOException {
    if (!Files.isDirectory(outDir())) {
      return new String[0];
    }
    try (Stream<Path> files = Files.list(outDir())) {
      return files.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new);
    }
  }

  @Test
  void rendersTheBuiltInExampleWithoutInputs() throws IOException {
    assertThat(run("render", "--out", outDir().toString())).isZero();
    assertThat(files()).containsExactly("online-risks-and-harms-easy-read.docx", "online-risks-and-harms.html",
        "online-risks-and-harms.pdf");
    assertThat(cli.err()).startsWith("rendered 1 document into 3 files in " + outDir());
  }

  @Test
  void qrCodesAreOnByDefaultAndNoQrCodesLeavesThemOut() throws IOException {
    assertThat(run("render", "--out", outDir().toString(), "--format", "docx")).isZero();
    assertThat(documentXml(outDir().resolve("online-risks-and-harms-easy-read.docx"))).contains("QR code for http");

    Path without = dir.resolve("without");
    assertThat(run("render", "--out", without.toString(), "--format", "docx", "--no-qr-codes")).isZero();
    assertThat(documentXml(without.resolve("online-risks-and-harms-easy-read.docx"))).doesNotContain("QR code");
  }

  private static String documentXml(Path docx) throws IOException {
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(docx.toFile())) {
      return new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  @Test
  void rendersEveryInputInOneRun() throws IOException {
    Path a = input("a.json", Fixtures.VALID + "/every-field.json");
    Path b = input("b.json", Fixtures.VALID + "/minimal-free.json");

    assertThat(run("render", a.toString(), b.toString(), "--out", outDir().toString(), "--format", "html")).isZero();
    assertThat(files()).hasSize(2).allMatch(name -> name.endsWith(".html"));
  }

  @Test
  void oneInvalidInputMeansNoneIsRendered() throws IOException {
    Path valid = input("a.json", Fixtures.VALID + "/minimal-free.json");
    Path invalid = input("b.json", Fixtures.INVALID + "/six-sections.json");

    assertThat(run("render", valid.toString(), invalid.toString(), "--out", outDir().toString())).isEqualTo(1);
    assertThat(files()).isEmpty();
    assertThat(cli.err()).contains(invalid + ": $.sections: a seven-minute bulletin needs exactly 7 sections");
  }

  @Test
  void keepGoingRendersTheValidOnesAndStillExitsOne() throws IOException {
    Path valid = input("a.json", Fixtures.VALID + "/minimal-free.json");
    Path invalid = input("b.json", Fixtures.INVALID + "/six-sections.json");

    assertThat(run("render", valid.toString(), invalid.toString(), "--keep-going", "--out", outDir().toString()))
        .isEqualTo(1);
    assertThat(files()).containsExactly("minimal-easy-read.docx", "minimal.html", "minimal.pdf");
  }

  /** A directory where one output should go makes that output fail after the other was written. */
  @Test
  void aFailedRunLeavesEarlierFilesUnchangedAndNoPartFiles() throws IOException {
    Files.createDirectories(outDir());
    Path earlier = Files.writeString(outDir().resolve("minimal.html"), "earlier");
    Files.createDirectories(outDir().resolve("online-risks-and-harms.html"));
    Path valid = input("a.json", Fixtures.VALID + "/minimal-free.json");
    Path blocked = Files.writeString(dir.resolve("b.json"), BulletinJson.writer().toJson(SaferSeven.build()));

    int code = run("render", valid.toString(), blocked.toString(), "--out", outDir().toString());

    assertThat(code).isEqualTo(3);
    assertThat(Files.readString(earlier)).isEqualTo("earlier");
    assertThat(files()).containsExactly("minimal.html", "online-risks-and-harms.html");
    assertThat(Files.isDirectory(outDir().resolve("online-risks-and-harms.html"))).isTrue();
    assertThat(cli.err()).contains("nothing was written");
  }

  @Test
  void twoInputsWithOneIdAreRefusedBeforeAnythingIsWritten() throws IOException {
    Path a = input("a.json", Fixtures.VALID + "/minimal-free.json");
    Path b = input("b.json", Fixtures.VALID + "/minimal-free.json");

    assertThat(run("render", a.toString(), b.toString(), "--out", outDir().toString())).isEqualTo(1);
    assertThat(files()).isEmpty();
    assertThat(cli.err()).contains(b + ": would overwrite " + outDir().resolve("minimal.html") + ", also written by "
        + a + " (both have the id 'minimal')", "nothing rendered");
  }

  @Test
  void theSameFileGivenTwiceIsRefused() throws IOException {
    Path a = input("a.json", Fixtures.VALID + "/minimal-free.json");

    assertThat(run("render", a.toString(), a.toString(), "--out", outDir().toString(), "--format", "html"))
        .isEqualTo(1);
    assertThat(files()).isEmpty();
    assertThat(cli.err()).contains("(the same file given twice)");
  }

  @Test
  void theSummaryCountsTheFilesWritten() throws IOException {
    Path a = input("a.json", Fixtures.VALID + "/minimal-free.json");

    assertThat(run("render", a.toString(), "--out", outDir().toString(), "--format", "html,pdf")).isZero();
    assertThat(cli.err()).startsWith("rendered 1 document into 2 files in " + outDir());
  }

  @Test
  void aFailureIsOneLineAndTheTraceOnlyWithDebug() throws IOException {
    Files.createDirectories(outDir().resolve("minimal.html"));
    Path valid = input("a.json", Fixtures.VALID + "/minimal-free.json");

    assertThat(run("render", valid.toString(), "--out", outDir().toString(), "--format", "html")).isEqualTo(3);
    assertThat(cli.err().lines()).hasSize(1);
    assertThat(cli.err()).doesNotContain("\tat ");

    CliRun debug = new CliRun();
    assertThat(debug.run("render", valid.toString(), "--out", outDir().toString(), "--format", "html", "--debug"))
        .isEqualTo(3);
    assertThat(debug.err()).contains("\tat ");
  }

  @Test
  void labelsGiveTheLibrarysWordsInALanguageItLacks() throws IOException {
    Path somali = Files.writeString(dir.resolve("so.json"), Fixtures.text(Fixtures.VALID + "/minimal-free.json")
        .replace("\"layout\": \"free\",", "\"layout\": \"free\", \"language\": \"so\","));
    Path words = Files.writeString(dir.resolve("words-so.properties"), "language=so\nskipToContent=U gudub qoraalka\n");

    CliRun lint = new CliRun();
    lint.run("lint", somali.toString());
    assertThat(lint.out()).contains("warning missing-wording $.language");
    CliRun labelled = new CliRun();
    labelled.run("lint", somali.toString(), "--labels", words.toString());
    assertThat(labelled.out()).doesNotContain("missing-wording");

    assertThat(run("render", somali.toString(), "--labels", words.toString(), "--format", "html", "--out",
        outDir().toString())).as(cli.err()).isZero();
    assertThat(Files.readString(outDir().resolve("minimal.html"))).contains("U gudub qoraalka");
  }

  @Test
  void aLabelsFileWithAnUnknownWordIsWrongUsage() throws IOException {
    Path words = Files.writeString(dir.resolve("bad.properties"), "language=so\nemergancy=Degdeg\n");

    assertThat(run("render", "--labels", words.toString(), "--out", outDir().toString())).isEqualTo(2);
    assertThat(cli.err()).contains("unknown wording key 'emergancy'");
    assertThat(files()).isEmpty();
  }

  @Test
  void writesThePlainTextWhenAsked() throws IOException {
    Path a = input("a.json", Fixtures.VALID + "/every-field.json");

    assertThat(run("render", a.toString(), "--format", "text", "--out", outDir().toString())).as(cli.err()).isZero();
    assertThat(files()).containsExactly("online-risks-and-harms.txt");
    assertThat(Files.readString(outDir().resolve("online-risks-and-harms.txt")))
        .startsWith("Safer Seven\n").contains("Call West Midlands Police (Police) on 999");
  }

  @Test
  void writesThePlainTextBesideAnotherFormat() throws IOException {
    Path a = input("a.json", Fixtures.VALID + "/minimal-free.json");

    assertThat(run("render", a.toString(), "--format", "html,text", "--out", outDir().toString())).as(cli.err())
        .isZero();
    assertThat(files()).containsExactly("minimal.html", "minimal.txt");
    assertThat(cli.err()).startsWith("rendered 1 document into 2 files in " + outDir());
  }

  @Test
  void writesTheEasyReadPageAndPdfWhenAsked() throws IOException {
    Path a = input("a.json", Fixtures.VALID + "/every-field.json");

    assertThat(run("render", a.toString(), "--format", "easy-read-html,easy-read-pdf", "--out", outDir().toString()))
        .as(cli.err()).isZero();
    assertThat(files()).containsExactly("online-risks-and-harms-easy-read.html", "online-risks-and-harms-easy-read.pdf");
    assertThat(Files.readString(outDir().resolve("online-risks-and-harms-easy-read.html")))
        .startsWith("<!doctype html>").contains("<h1");
    assertThat(Files.readAllBytes(outDir().resolve("online-risks-and-harms-easy-read.pdf"))).startsWith("%PDF-".getBytes());
  }

  @Test
  void readsEveryFormatByItsContractName() {
    for (OutputFormat format : OutputFormat.values()) {
      assertThat(OutputFormat.fromName(format.cliName())).isEqualTo(format);
    }
    assertThat(OutputFormat.fromName("EASY-READ-PDF")).isEqualTo(OutputFormat.EASY_READ_PDF);
    assertThat(OutputFormat.fromName("html")).isEqualTo(OutputFormat.HTML);
    assertThat(OutputFormat.defaults()).containsExactlyInAnyOrder(OutputFormat.HTML, OutputFormat.DOCX, OutputFormat.PDF);
  }

  @Test
  void exitsTwoForAnUnknownFormat() {
    assertThat(run("render", "--format", "odt")).isEqualTo(2);
    assertThat(cli.err()).contains("easy-read-html");
  }
}
