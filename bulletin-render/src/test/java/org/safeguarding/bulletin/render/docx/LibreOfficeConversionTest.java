package org.safeguarding.bulletin.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.render.RenderOptions;
import org.junit.jupiter.api.io.TempDir;

/**
 * LibreOffice opens the Easy Read document and converts it to PDF without error. Needs {@code
 * soffice} on the PATH (Debian package {@code libreoffice-writer-nogui}); without it the test fails,
 * it is never skipped.
 */
@Tag("tools") // needs LibreOffice (soffice): run by mvn verify, left out by -Pjdk-only
class LibreOfficeConversionTest {
  private static final long TIMEOUT_SECONDS = 240;
  private static final int MAX_PAGES = 24;

  @Test
  void libreOfficeConvertsTheExampleToPdf(@TempDir Path dir) throws Exception {
    Path docx = dir.resolve("online-risks-and-harms-easy-read.docx");
    Files.write(docx, Bulletins.render(Bulletins.EXAMPLE));

    Path pdf = convert(docx, dir);

    byte[] bytes = Files.readAllBytes(pdf);
    assertThat(new String(bytes, 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    // The QR codes of the web links (on by default) take the room of one more page: see the next test.
    assertThat(pages(bytes)).as("pages: no more than the sections, a cover, a contacts page and one for the QR codes")
        .isBetween(2, Math.min(MAX_PAGES, Bulletins.read(Bulletins.EXAMPLE).sections().size() + 3));
  }

  @Test
  void withoutQrCodesTheExampleTakesNoMorePagesThanItsSectionsACoverAndAContactsPage(@TempDir Path dir)
      throws Exception {
    Path docx = dir.resolve("online-risks-and-harms-easy-read.docx");
    Files.write(docx, Bulletins.render(EasyReadDocxRenderer.with(RenderOptions.builder().qrCodes(false).build()),
        Bulletins.read(Bulletins.EXAMPLE)));

    assertThat(pages(Files.readAllBytes(convert(docx, dir))))
        .as("pages: no more than the sections, a cover and a contacts page (GOV.UK: at most 24)")
        .isBetween(2, Math.min(MAX_PAGES, Bulletins.read(Bulletins.EXAMPLE).sections().size() + 2));
  }

  @Test
  void libreOfficeConvertsTheFixtureWithEveryFieldToPdf(@TempDir Path dir) throws Exception {
    Path docx = dir.resolve("every-field-easy-read.docx");
    Files.write(docx, Bulletins.render(Bulletins.EVERY_FIELD));

    assertThat(Files.size(convert(docx, dir))).isPositive();
  }

  /** Converts {@code docx} to PDF in {@code dir} with a private LibreOffice profile. */
  static Path convert(Path docx, Path dir) throws IOException, InterruptedException {
    String soffice = findSoffice();
    Path profile = dir.resolve("lo-profile");
    Path log = dir.resolve("soffice.log");
    Process process = new ProcessBuilder(soffice, "-env:UserInstallation=" + profile.toUri(),
        "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir.toString(), docx.toString())
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      fail("soffice did not finish in " + TIMEOUT_SECONDS + " s: " + Files.readString(log));
    }
    String name = docx.getFileName().toString().replaceFirst("\\.docx$", ".pdf");
    Path pdf = dir.resolve(name);
    assertThat(process.exitValue()).as("soffice exit code; output: %s", Files.readString(log)).isZero();
    assertThat(pdf).as("PDF from soffice; output: %s", Files.readString(log)).exists();
    return pdf;
  }

  private static String findSoffice() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(dir, "soffice");
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return fail("soffice not found on the PATH: install LibreOffice (Debian: apt-get install "
        + "libreoffice-writer-nogui) to run this test");
  }

  /** The page count from the page tree's /Count, the largest one in the file. */
  private static int pages(byte[] pdf) {
    Matcher m = Pattern.compile("/Type\\s*/Pages\\b[^>]*?/Count\\s+(\\d+)|/Count\\s+(\\d+)[^>]*?/Type\\s*/Pages\\b")
        .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    int pages = 0;
    while (m.find()) {
      pages = Math.max(pages, Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2)));
    }
    return pages;
  }
}
