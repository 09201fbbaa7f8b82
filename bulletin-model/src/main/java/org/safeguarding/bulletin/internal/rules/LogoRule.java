package org.safeguarding.bulletin.internal.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.safeguarding.bulletin.internal.JsonPaths;
import org.safeguarding.bulletin.internal.ProblemCollector;

/** The publisher's logo is a readable PNG, JPEG or SVG file. */
final class LogoRule implements Rule {
  private static final int HEADER_BYTES = 256;

  @Override
  public void check(JsonNode root, RuleContext context, ProblemCollector problems) {
    String logoPath = JsonPaths.field(JsonPaths.field(JsonPaths.ROOT, "publisher"), "logo");
    Tree.text(root.path("publisher").path("logo"), logoPath, "path", (file, path) -> {
      String reason = unreadable(context.baseDirectory(), file);
      if (reason != null) {
        problems.error(path, "unreadable-logo", "cannot read logo '" + file + "': " + reason);
      }
    });
  }

  /** Why the logo cannot be used, or {@code null} if it can. */
  private static String unreadable(Path base, String file) {
    Path path;
    try {
      path = base.resolve(file);
    } catch (InvalidPathException e) {
      return "not a valid file path";
    }
    if (!Files.isRegularFile(path)) {
      return "no such file";
    }
    byte[] header;
    try (InputStream in = Files.newInputStream(path)) {
      header = in.readNBytes(HEADER_BYTES);
    } catch (IOException e) {
      return "the file cannot be opened";
    }
    return isImage(header) ? null : "expected a PNG, JPEG or SVG image";
  }

  private static boolean isImage(byte[] header) {
    boolean png = header.length > 4 && (header[0] & 0xff) == 0x89 && header[1] == 'P' && header[2] == 'N';
    boolean jpeg = header.length > 3 && (header[0] & 0xff) == 0xff && (header[1] & 0xff) == 0xd8;
    String text = new String(header, StandardCharsets.UTF_8);
    return png || jpeg || text.contains("<svg");
  }
}
