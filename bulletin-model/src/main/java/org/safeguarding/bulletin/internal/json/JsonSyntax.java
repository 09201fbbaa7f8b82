package org.safeguarding.bulletin.internal.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.safeguarding.bulletin.internal.Quote;
import org.safeguarding.bulletin.validate.BulletinInvalidException;
import org.safeguarding.bulletin.validate.Problem;
import org.safeguarding.bulletin.validate.ProblemCode;

/**
 * Parses a document's bytes into a JSON tree, refusing empty, malformed, oversized and over-nested
 * documents with a problem that says where and why.
 */
public final class JsonSyntax {
  /** The largest document read: 10 MiB. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  /** The deepest nesting of arrays and objects read; the format itself needs six levels. */
  public static final int MAX_DEPTH = 64;

  private static final ObjectReader READER = JsonMapper.builder(
          JsonFactory.builder()
              .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
              .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .enable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
              .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build()
      .reader();

  private JsonSyntax() {}

  /**
   * The tree of {@code bytes}.
   *
   * @throws BulletinInvalidException if the document is empty, too large, too deep or not JSON
   */
  public static JsonNode parse(byte[] bytes) {
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(bytes.length);
    }
    if (isBlank(bytes)) {
      throw invalid(Problem.syntax(1, 1, ProblemCode.EMPTY_DOCUMENT, "the document is empty; expected a JSON object"));
    }
    try {
      return READER.readTree(bytes);
    } catch (StreamConstraintsException e) {
      JsonLocation at = e.getLocation();
      throw invalid(Problem.syntax(line(at), column(at), ProblemCode.TOO_DEEP,
          "the document is nested too deep: more than " + MAX_DEPTH + " levels of arrays and objects"));
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String reason = e.getOriginalMessage().lines().findFirst().orElse("");
      throw invalid(Problem.syntax(line(at), column(at), ProblemCode.MALFORMED_JSON, "malformed JSON: " + Quote.escaped(reason)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The exception for a document of {@code size} bytes, over the limit. */
  public static BulletinInvalidException tooLarge(long size) {
    return invalid(Problem.error("$", ProblemCode.TOO_LARGE, String.format(java.util.Locale.ROOT,
        "the document is too large: %.1f MB; the limit is %d MB", size / 1048576.0, MAX_BYTES / 1048576)));
  }

  /** Whether the document holds nothing but JSON whitespace (and perhaps a UTF-8 byte order mark). */
  private static boolean isBlank(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
        && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
    for (int i = start; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private static int line(JsonLocation at) {
    return at == null ? 1 : Math.max(1, at.getLineNr());
  }

  private static int column(JsonLocation at) {
    return at == null ? 1 : Math.max(1, at.getColumnNr());
  }

  private static BulletinInvalidException invalid(Problem problem) {
    return new BulletinInvalidException(List.of(problem));
  }
}
