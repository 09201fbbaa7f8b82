package org.safeguarding.bulletin.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.testing.Fixtures;

/** JSON to model to JSON to model gives an equal model, and writing is stable. */
class RoundTripTest {

  static List<String> validFixtures() {
    return Fixtures.jsonFiles(Fixtures.VALID);
  }

  @ParameterizedTest
  @MethodSource("validFixtures")
  void readWriteReadGivesAnEqualBulletin(String resource) throws IOException {
    Bulletin first = BulletinJson.reader().read(Fixtures.text(resource));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BulletinJson.writer().write(first, out);

    Bulletin second = BulletinJson.reader().read(out.toString(StandardCharsets.UTF_8));

    assertThat(second).isEqualTo(first);
    assertThat(BulletinJson.writer().toJson(second)).isEqualTo(out.toString(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @MethodSource("validFixtures")
  void writesTwoSpaceIndentedJsonEndingInANewline(String resource) {
    String json = BulletinJson.writer().toJson(BulletinJson.reader().read(Fixtures.text(resource)));

    assertThat(json).startsWith("{\n  \"formatVersion\": 1,\n  \"id\": ").endsWith("}\n").doesNotContain("\r");
  }
}
