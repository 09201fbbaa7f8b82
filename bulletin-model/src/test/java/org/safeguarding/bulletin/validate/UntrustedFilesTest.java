package org.safeguarding.bulletin.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.testing.Fixtures;
import org.safeguarding.bulletin.testing.Pictures;

/**
 * A logo path names only a file inside the bulletin's folder (or the root the caller widens it to),
 * and only a PNG or JPEG that decodes in full, within the limits.
 */
class UntrustedFilesTest {
  private static final String LOGO_PATH = "$.publisher.logo.path: cannot use logo '";

  @TempDir
  Path top;

  private Path folder;

  @BeforeEach
  void writeSecretBesideTheFolder() throws IOException {
    folder = Files.createDirectory(top.resolve("bulletins"));
    Files.writeString(top.resolve("secret-notes.txt"),
        "user=admin\npassword=hunter2\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    Files.write(top.resolve("shared.png"), Pictures.png(8, 8));
  }

  @Test
  void refusesAPathUpAndOutOfTheFolder() throws IOException {
    assertThat(problems("../secret-notes.txt"))
        .containsExactly(LOGO_PATH + "../secret-notes.txt': outside the bulletin's folder; "
            + "a bulletin may name only files inside it");
    assertThat(problems("../shared.png")).singleElement().asString().contains("outside the bulletin's folder");
    assertThat(problems("img/../../shared.png")).singleElement().asString().contains("outside the bulletin's folder");
  }

  @Test
  void refusesAnAbsolutePathEvenToAFileInside() throws IOException {
    Files.write(folder.resolve("logo.png"), Pictures.png(8, 8));
    assertThat(problems(folder.resolve("logo.png").toString()))
        .singleElement().asString().endsWith("an absolute path; give a path relative to the bulletin's folder");
    assertThat(problems("/etc/passwd"))
        .singleElement().asString().endsWith("an absolute path; give a path relative to the bulletin's folder");
  }

  @Test
  void refusesASymbolicLinkThatPointsOutOfTheFolder() throws IOException {
    Files.createSymbolicLink(folder.resolve("logo.png"), top.resolve("shared.png"));
    Files.createDirectory(folder.resolve("pictures"));
    Files.createSymbolicLink(folder.resolve("pictures/up"), top);
    assertThat(problems("logo.png")).singleElement().asString().contains("outside the bulletin's folder");
    assertThat(problems("pictures/up/shared.png")).singleElement().asString().contains("outside the bulletin's folder");
  }

  @Test
  void followsPathsAndLinksThatStayInside() throws IOException {
    Files.createDirectories(folder.resolve("pictures/old"));
    Files.write(folder.resolve("pictures/logo.png"), Pictures.png(8, 8));
    Files.createSymbolicLink(folder.resolve("link.png"), folder.resolve("pictures/logo.png"));
    assertThat(problems("pictures/old/../logo.png")).isEmpty();
    assertThat(problems("link.png")).isEmpty();
  }

  @Test
  void readsAboveTheFolderOnlyWhenTheCallerWidensTheRoot() throws IOException {
    Path file = bulletin("../shared.png");
    assertThat(BulletinJson.reader().withFileRoot(top).read(file).publisher().logo().path()).isEqualTo("../shared.png");
    assertThat(problems(BulletinJson.reader().withFileRoot(top), bulletin("../../etc/passwd.png")))
        .singleElement().asString().contains("outside the bulletin's folder");
  }

  @Test
  void acceptsOnlyPicturesThatDecodeInFullAsTheTypeTheirNameClaims() throws IOException {
    Files.write(folder.resolve("logo.png"), Pictures.png(8, 8));
    Files.write(folder.resolve("logo.jpg"), Pictures.jpeg(8, 8));
    Files.write(folder.resolve("cut.png"), Pictures.truncatedPng(80));
    Files.write(folder.resolve("header-only.png"), Pictures.truncatedPng(33));
    Files.write(folder.resolve("cut.jpg"), java.util.Arrays.copyOf(Pictures.jpeg(64, 64), 300));
    Files.write(folder.resolve("jpeg-named.png"), Pictures.jpeg(8, 8));
    Files.writeString(folder.resolve("text.png"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
    Files.writeString(folder.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

    assertThat(problems("logo.png")).isEmpty();
    assertThat(problems("logo.jpg")).isEmpty();
    assertThat(problems("cut.png")).containsExactly(LOGO_PATH + "cut.png': not a complete PNG picture");
    assertThat(problems("header-only.png")).containsExactly(LOGO_PATH + "header-only.png': not a complete PNG picture");
    assertThat(problems("cut.jpg")).singleElement().asString().startsWith(LOGO_PATH + "cut.jpg': not a complete JPEG picture");
    assertThat(problems("jpeg-named.png")).containsExactly(LOGO_PATH + "jpeg-named.png': not a complete PNG picture");
    assertThat(problems("text.png")).containsExactly(LOGO_PATH + "text.png': not a complete PNG picture");
    assertThat(problems("logo.svg")).containsExactly(
        LOGO_PATH + "logo.svg': an SVG picture, which the PDF cannot draw; give a PNG or JPEG file");
  }

  @Test
  void refusesACmykJpegWhichThePdfCannotEmbedAndStayPdfA() throws IOException {
    Files.write(folder.resolve("cmyk.jpg"), Pictures.cmykJpeg(8, 8));
    Files.write(folder.resolve("adobe-cmyk.jpg"), Pictures.adobeCmykJpeg(8, 8, 0));
    Files.write(folder.resolve("ycck.jpeg"), Pictures.adobeCmykJpeg(8, 8, 2));
    String why = "': a CMYK JPEG picture, which the PDF cannot embed and stay PDF/A; save it in RGB (sRGB) as a JPEG"
        + " or PNG file";

    assertThat(problems("cmyk.jpg")).containsExactly(LOGO_PATH + "cmyk.jpg" + why);
    assertThat(problems("adobe-cmyk.jpg")).containsExactly(LOGO_PATH + "adobe-cmyk.jpg" + why);
    assertThat(problems("ycck.jpeg")).containsExactly(LOGO_PATH + "ycck.jpeg" + why);
  }

  @Test
  void refusesADecompressionBombFromItsHeaderAndAFileOverTheByteLimit() throws IOException {
    Files.write(folder.resolve("bomb.png"), Pictures.pngClaiming(100_000, 100_000));
    Files.write(folder.resolve("big.png"), Pictures.png(64, 64));

    assertThat(Files.size(folder.resolve("bomb.png"))).isLessThan(10_000);
    assertThat(problems("bomb.png")).containsExactly(LOGO_PATH + "bomb.png': the picture is 100000 × 100000 pixels, "
        + "over the limit of 16777216 pixels (logo-pixels)");
    Limits small = Limits.defaults().with(Limit.LOGO_BYTES, 100);
    assertThat(problems(BulletinJson.reader().withLimits(small), bulletin("big.png")))
        .containsExactly(LOGO_PATH + "big.png': the file is over the limit of 100 bytes (logo-bytes)");
  }

  @Test
  void validatesBulletinsBuiltInJavaTheSameWay() throws IOException {
    Files.write(folder.resolve("logo.png"), Pictures.png(8, 8));
    var bulletin = BulletinJson.reader().read(bulletin("logo.png"));
    BulletinValidator validator = BulletinValidator.create().withBaseDirectory(folder);
    assertThat(validator.validate(bulletin)).isEmpty();
    Files.delete(folder.resolve("logo.png"));
    Files.createSymbolicLink(folder.resolve("logo.png"), top.resolve("shared.png"));
    assertThat(validator.validate(bulletin)).extracting(Problem::toString)
        .singleElement().asString().contains("outside the bulletin's folder");
    assertThat(validator.withFileRoot(top).validate(bulletin)).isEmpty();
  }

  private List<String> problems(String logoPath) throws IOException {
    return problems(BulletinJson.reader(), bulletin(logoPath));
  }

  private static List<String> problems(org.safeguarding.bulletin.json.BulletinReader reader, Path file) {
    BulletinInvalidException e = catchThrowableOfType(BulletinInvalidException.class, () -> reader.read(file));
    return e == null ? List.of() : e.problems().stream().map(Problem::toString).toList();
  }

  private Path bulletin(String logoPath) throws IOException {
    String json = Fixtures.text(Fixtures.VALID + "/minimal-free.json").replace(
        "\"name\": \"Example Safeguarding Partnership\"",
        "\"name\": \"Example Safeguarding Partnership\", \"logo\": {\"path\": \""
            + logoPath.replace("\\", "\\\\") + "\", \"alt\": \"Example\"}");
    return Files.writeString(folder.resolve("bulletin.json"), json);
  }
}
