package org.safeguarding.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.safeguarding.bulletin.cli.HostileInputs.bytes;
import static org.safeguarding.bulletin.cli.HostileInputs.changed;
import static org.safeguarding.bulletin.cli.HostileInputs.contacts;
import static org.safeguarding.bulletin.cli.HostileInputs.heading;
import static org.safeguarding.bulletin.cli.HostileInputs.logo;
import static org.safeguarding.bulletin.cli.HostileInputs.text;
import static org.safeguarding.bulletin.cli.OutputFolders.snapshot;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.bulletin.testing.Pictures;

/**
 * Hostile and broken bulletins, driven through the command line as a user runs it: each is refused
 * by {@code validate} and by {@code render} with exit code 1, its message and its JSON path, no
 * stack trace, and nothing written or changed in the output folder. Beside the bulletin's folder
 * lies a file of secrets that no output may ever contain.
 */
class HostileInputTest {
  private static final String SECRET = "password=hunter2";

  @TempDir
  Path top;

  private Path folder;
  private Path out;

  /** Writes one hostile input into the bulletin's folder (which has {@code ../secret-notes.txt} beside it). */
  interface Input {
    Path write(Path folder) throws IOException;
  }

  @BeforeEach
  void layOutFolders() throws IOException {
    folder = Files.createDirectory(top.resolve("bulletins"));
    Files.writeString(top.resolve("secret-notes.txt"),
        "user=admin\n" + SECRET + "\n<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n");
    Files.copy(top.resolve("secret-notes.txt"), top.resolve("secret.png"));
    out = Files.createDirectory(top.resolve("out"));
    Files.writeString(out.resolve("online-risks-and-harms.html"), "an earlier render");
  }

  static Stream<Arguments> hostileInputs() {
    return Stream.of(
        refused("malformed JSON", f -> text(f, "{\"id\": "), "$", "line 1, column"),
        refused("an empty file", f -> text(f, ""), "$", "the document is empty"),
        refused("a file over 10 MB", f -> text(f, " ".repeat(10 * 1024 * 1024 + 1)), "$", "10 MB"),
        refused("nesting too deep", f -> text(f, "[".repeat(100) + "]".repeat(100)), "$", "deep"),
        refused("invalid UTF-8", f -> bytes(f, new byte[] {'{', '"', (byte) 0xC3, (byte) 0x28, '"', '}'}), "$", "UTF-8"),
        refused("a duplicate key", f -> text(f, "{\"id\": \"a\", \"id\": \"b\"}"), "$", "Duplicate field 'id'"),
        refused("a javascript: link", f -> changed(f, root -> ((ObjectNode) root.get("sections").get(0).get("content").get(0))
            .put("text", "[Click](javascript:alert(1))")), "$.sections[0].content[0].text", "javascript"),
        refused("a link that goes elsewhere", f -> changed(f, root -> ((ObjectNode) root.get("sections").get(0).get("content")
            .get(0)).put("text", "[Council](https://safeguarding.dudley.gov.uk@evil.example/)")),
            "$.sections[0].content[0].text", "would go to evil.example"),
        refused("a mailto: link with a bcc", f -> changed(f, root -> ((ObjectNode) root.get("sections").get(0).get("content")
            .get(0)).put("text", "[Report a concern](mailto:a@b.co?bcc=x@y.z)")),
            "$.sections[0].content[0].text", "carries the mail header 'bcc'"),
        refused("a language no reader knows", f -> changed(f, root -> root.put("language", "zz-INVALID")), "$.language",
            "is not in the IANA language subtag registry"),
        refused("a logo up and out of the folder", f -> changed(f, logo("../secret-notes.txt")),
            "$.publisher.logo.path", "outside the bulletin's folder"),
        refused("a traversal to /etc/passwd", f -> changed(f, logo("../../../../../../etc/passwd")),
            "$.publisher.logo.path", "outside the bulletin's folder"),
        refused("an absolute logo path", f -> changed(f, logo("/etc/passwd")),
            "$.publisher.logo.path", "an absolute path"),
        refused("a symbolic link out of the folder", f -> {
          Files.createSymbolicLink(f.resolve("logo.png"), f.resolveSibling("secret.png"));
          return changed(f, logo("logo.png"));
        }, "$.publisher.logo.path", "outside the bulletin's folder"),
        refused("a text file named .png", f -> {
          Files.copy(f.resolveSibling("secret-notes.txt"), f.resolve("notes.png"));
          return changed(f, logo("notes.png"));
        }, "$.publisher.logo.path", "not a complete PNG picture"),
        refused("a truncated PNG", f -> picture(f, "logo.png", Pictures.truncatedPng(100)),
            "$.publisher.logo.path", "not a complete PNG picture"),
        refused("a PNG header alone", f -> picture(f, "logo.png", Pictures.truncatedPng(33)),
            "$.publisher.logo.path", "not a complete PNG picture"),
        refused("a decompression bomb", f -> picture(f, "logo.png", Pictures.pngClaiming(60_000, 60_000)),
            "$.publisher.logo.path", "over the limit of 16777216 pixels"),
        refused("an SVG logo", f -> {
          Files.writeString(f.resolve("logo.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
          return changed(f, logo("logo.svg"));
        }, "$.publisher.logo.path", "an SVG picture, which the PDF cannot draw"),
        refused("a lone surrogate", f -> text(f, HostileInputs.example().toString()
            .replace("\"heading\":\"", "\"heading\":\"\\ud800")), "$.sections[0].heading", "a lone surrogate U+D800"),
        refused("a non-character", f -> changed(f, heading("Risks \uFFFF")), "$.sections[0].heading", "a non-character U+FFFF"),
        refused("a terminal escape", f -> changed(f, heading("Risks \u001b[2J")), "$.sections[0].heading",
            "a control character U+001B"),
        refused("characters no font has", f -> changed(f, heading("网上安全")), "$.sections[0].heading",
            "no font of the PDF has the Han script (first: U+7F51 '网'; tried Atkinson Hyperlegible Next, Noto Naskh Arabic, DejaVu Sans)"),
        refused("a script the PDF cannot shape", f -> changed(f, heading("ਆਨਲਾਈਨ ਸੁਰੱਖਿਆ")), "$.sections[0].heading",
            "the PDF cannot show text in the Gurmukhi script correctly"),
        refused("a CMYK JPEG logo", f -> picture(f, "logo.jpg", Pictures.cmykJpeg(40, 20)),
            "$.publisher.logo.path", "a CMYK JPEG picture"),
        refused("a mark no letter of the PDF's fonts takes", f -> changed(f, heading("Risks q\u0301")),
            "$.sections[0].heading", "cannot draw U+0301 COMBINING ACUTE ACCENT over its letter"),
        refused("a private-use character", f -> changed(f, heading("Risks \uE000")), "$.sections[0].heading",
            "no font of the PDF can show U+E000"),
        refused("30,000 referenced contacts", f -> changed(f, contacts(30_000)), "$.contacts",
            "found 30000 contacts in a bulletin, over the limit of 200 (limit contacts)"),
        refused("a text over 10,000 characters", f -> changed(f, heading("Risk ".repeat(2_001))), "$.sections[0].heading",
            "over the limit of 10000 (limit text-characters)"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  void validateRefusesWithThePathAndNoTrace(String name, Input input, String path, String message) throws IOException {
    Path file = input.write(folder);
    CliRun cli = new CliRun();

    assertThat(cli.run("validate", file.toString())).as(cli.err()).isEqualTo(1);
    assertRefused(cli, file, path, message);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  void renderRefusesAndLeavesTheOutputFolderAsItWas(String name, Input input, String path, String message)
      throws IOException {
    Path file = input.write(folder);
    Map<String, byte[]> before = snapshot(out);
    CliRun cli = new CliRun();

    assertThat(cli.run("render", file.toString(), "--out", out.toString())).as(cli.err()).isEqualTo(1);
    assertRefused(cli, file, path, message);
    assertThat(cli.err()).contains("nothing rendered");
    Map<String, byte[]> after = snapshot(out);
    assertThat(after).containsOnlyKeys(before.keySet());
    before.forEach((key, bytes) -> assertThat(after.get(key)).as(key).isEqualTo(bytes));
  }

  @Test
  void aPunjabiBulletinIsRenderedAsHtmlAndDocxAndRefusedOnlyForThePdf() throws IOException {
    Path file = changed(folder, root -> {
      root.put("language", "pa").put("title", "ਆਨਲਾਈਨ ਸੁਰੱਖਿਆ");
      heading("ਆਨਲਾਈਨ ਜੋਖਮ").accept(root);
    });
    Map<String, byte[]> before = snapshot(out);

    CliRun pdf = new CliRun();
    assertThat(pdf.run("render", file.toString(), "--out", out.toString(), "--format", "pdf")).as(pdf.err()).isEqualTo(1);
    assertThat(pdf.err()).contains(file + ": $.title: the PDF cannot show text in the Gurmukhi script correctly")
        .contains("nothing rendered").doesNotContain("\tat ", "Exception");
    assertThat(snapshot(out)).containsOnlyKeys(before.keySet());

    CliRun html = new CliRun();
    assertThat(html.run("render", file.toString(), "--out", out.toString(), "--format", "html,docx"))
        .as(html.err()).isZero();
    assertThat(Files.readString(out.resolve("online-risks-and-harms.html"))).contains("ਆਨਲਾਈਨ ਜੋਖਮ");
    assertThat(out.resolve("online-risks-and-harms-easy-read.docx")).isNotEmptyFile();
    assertThat(out.resolve("online-risks-and-harms.pdf")).doesNotExist();
  }

  @Test
  void validateChecksOnlyTheFormatsNamed() throws IOException {
    Path file = changed(folder, root -> root.put("language", "pa").put("title", "ਆਨਲਾਈਨ ਸੁਰੱਖਿਆ"));

    CliRun every = new CliRun();
    assertThat(every.run("validate", file.toString())).isEqualTo(1);
    assertThat(every.err()).contains(file + ": $.title: the PDF cannot show text in the Gurmukhi script correctly");

    CliRun some = new CliRun();
    assertThat(some.run("validate", file.toString(), "--format", "html,docx")).as(some.err()).isZero();
    assertThat(some.out()).contains(file + ": valid");
  }

  @Test
  void messagesQuoteTerminalEscapesEscapedNeverRaw() throws IOException {
    String escape = "\u001b[2J\u001b]0;pwned\u0007";
    Path file = changed(folder, root -> {
      root.put("published", escape).put("language", escape).put("x" + escape, 1);
      ObjectNode contact = (ObjectNode) root.get("contacts").get(1);
      contact.put("id", "children" + escape).put("phone", escape).put("email", escape).put("website", escape);
      ObjectNode block = (ObjectNode) root.get("sections").get(5).get("content").get(1);
      block.putArray("refs").add(escape);
      ((ObjectNode) root.get("sections").get(0).get("content").get(0)).put("text", "[Report](" + escape + ")");
    });
    Path malformed = Files.writeString(folder.resolve("malformed.json"), "{\"id\": tru" + escape + "}");
    CliRun cli = new CliRun();

    assertThat(cli.run("validate", file.toString(), malformed.toString())).isEqualTo(1);
    String printed = cli.out() + cli.err();
    assertThat(printed).contains(file + ": $.sections[5].content[1].refs[0]: unknown contact '" + escape(escape) + "'",
        file + ": $.x" + escape(escape) + ": unknown field 'x" + escape(escape) + "'",
        file + ": $.published: expected a date written YYYY-MM-DD, found '" + escape(escape) + "'",
        malformed + ": line 1");
    assertThat(printed.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f))
        .as(printed).isEmpty();
  }

  /** {@code text} as the messages quote it: each control character as a backslash-u escape. */
  private static String escape(String text) {
    return text.replace("\u001b", "\\u001b").replace("\u0007", "\\u0007");
  }

  @Test
  void aLogoInsideTheFolderIsRendered() throws IOException {
    Path file = picture(folder, "logo.png", Pictures.png(120, 60));
    CliRun cli = new CliRun();

    assertThat(cli.run("render", file.toString(), "--out", out.toString(), "--format", "html")).as(cli.err()).isZero();
    assertThat(Files.readString(out.resolve("online-risks-and-harms.html"))).contains("data:image/png;base64,");
  }

  @Test
  void aWiderFileRootIsAllowedOnlyWhenAskedFor() throws IOException {
    Path shared = Files.createDirectory(top.resolve("shared"));
    Files.write(shared.resolve("logo.png"), Pictures.png(120, 60));
    Path file = changed(folder, logo("../shared/logo.png"));

    CliRun refused = new CliRun();
    assertThat(refused.run("validate", file.toString())).isEqualTo(1);
    assertThat(refused.err()).contains("outside the bulletin's folder");

    CliRun allowed = new CliRun();
    assertThat(allowed.run("render", file.toString(), "--file-root", top.toString(), "--out", out.toString(),
        "--format", "html")).as(allowed.err()).isZero();
    assertThat(Files.readString(out.resolve("online-risks-and-harms.html"))).doesNotContain(SECRET);
  }

  private static void assertRefused(CliRun cli, Path file, String path, String message) {
    String problem = cli.err().lines().filter(line -> line.startsWith(file + ": "))
        .filter(line -> line.contains(message)).findFirst().orElse("");
    assertThat(problem).as(cli.err()).isNotEmpty();
    if (!path.equals("$")) {
      assertThat(problem).startsWith(file + ": " + path + ": ");
    }
    assertThat(cli.err()).doesNotContain("\tat ", "Exception", "Error:", SECRET);
    assertThat(cli.out()).doesNotContain(SECRET);
  }

  private static Arguments refused(String name, Input input, String path, String message) {
    return Arguments.of(name, input, path, message);
  }

  private static Path picture(Path folder, String name, byte[] bytes) throws IOException {
    Files.write(folder.resolve(name), bytes);
    return changed(folder, logo(name));
  }
}
