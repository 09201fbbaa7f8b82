package org.safeguarding.bulletin.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.testing.Fixtures;

/**
 * Link targets, in inline text and in {@code website} and {@code email} fields, are valid URLs that go
 * where they seem to: refused with their path otherwise.
 */
class LinkTargetsTest {
  private static final String MINIMAL = Fixtures.text(Fixtures.VALID + "/minimal-free.json");
  private static final String TEXT = "$.sections[0].content[0].text: ";

  @ParameterizedTest
  @ValueSource(strings = {"https://www.nspcc.org.uk/", "https://example.org/a%20b?q=1&r=2#part",
      "http://safeguarding.dudley.gov.uk", "https://example.org/caf\u00e9", "https://example.org:8443/x",
      "mailto:help@nspcc.org.uk", "mailto:help@nspcc.org.uk?subject=A%20concern&body=Hello",
      "MAILTO:o'brien+safe@example.org?SUBJECT=x", "tel:999", "tel:116123", "tel:+44-300-555-0050",
      "tel:0300%20555%200050"})
  void acceptsValidTargets(String target) {
    assertThat(problemsOfLink(target)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "https://example.org/\"x\"|link target 'https://example.org/\"x\"' holds '\"' (U+0022) at character 21, which a "
          + "URL cannot hold; percent-encode it (a space is %20) or remove it",
      "https://example.org/%zz|link target 'https://example.org/%zz' holds a '%' not followed by two hex digits at "
          + "character 21, which a URL cannot hold; percent-encode it (a space is %20) or remove it",
      "https://example.org/a\\b|link target 'https://example.org/a\\b' holds '\\' (U+005C) at character 22, which a "
          + "URL cannot hold; percent-encode it (a space is %20) or remove it",
      "https://safeguarding.dudley.gov.uk@evil.example/|link target 'https://safeguarding.dudley.gov.uk@evil.example/' "
          + "would go to evil.example, not to safeguarding.dudley.gov.uk: the part before '@' is a user name, not "
          + "the site; remove it",
      "https://user:pw@evil.example:8080/|link target 'https://user:pw@evil.example:8080/' would go to evil.example, "
          + "not to user:pw: the part before '@' is a user name, not the site; remove it",
      "https:///path|link target 'https:///path' names no site; expected an address such as "
          + "https://www.example.org/page",
      "mailto:a@b.co?bcc=x@y.z|link target 'mailto:a@b.co?bcc=x@y.z' carries the mail header 'bcc'; a mailto: link "
          + "may carry only subject and body",
      "mailto:a@b.co?subject=Hi&%63c=x@y.z|link target 'mailto:a@b.co?subject=Hi&%63c=x@y.z' carries the mail header "
          + "'cc'; a mailto: link may carry only subject and body",
      "mailto:a@b.co?to=x@y.z|link target 'mailto:a@b.co?to=x@y.z' carries the mail header 'to'; a mailto: link may "
          + "carry only subject and body",
      "mailto:a@b.co?subject=Hi%0D%0ABcc:%20x@y.z|link target 'mailto:a@b.co?subject=Hi%0D%0ABcc:%20x@y.z' holds an "
          + "encoded line break (%0D or %0A), which could add mail headers",
      "mailto:a@b.co,x@y.z|link target 'mailto:a@b.co,x@y.z' must name one plain email address, such as "
          + "mailto:team@example.org",
      "mailto:a@b.co%2Cx@y.z|link target 'mailto:a@b.co%2Cx@y.z' must name one plain email address, such as "
          + "mailto:team@example.org",
      "tel:12|link target 'tel:12' is not a valid phone number in region GB"})
  void refusesTargetsThatAreNotValidOrGoElsewhere(String target, String problem) {
    assertThat(problemsOfLink(target)).containsExactly(TEXT + problem);
  }

  @Test
  void refusesASpaceInAnAngleBracketedTarget() {
    assertThat(problems(MINIMAL.replace("call 999.", "see [the page](<https://example.org/a b>).")))
        .containsExactly(TEXT + "link target 'https://example.org/a b' holds a space at character 22, which a URL "
            + "cannot hold; percent-encode it (a space is %20) or remove it");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://example.org/\"onclick=|link target 'https://example.org/\"onclick=' holds '\"' (U+0022) at character "
          + "21, which a URL cannot hold; percent-encode it (a space is %20) or remove it",
      "mailto:a@b.co?bcc=x@y.z|link target 'mailto:a@b.co?bcc=x@y.z' carries the mail header 'bcc'; a mailto: link "
          + "may carry only subject and body"})
  void checksAutolinksTheSameWay(String target, String problem) {
    assertThat(problems(MINIMAL.replace("call 999.", "see <" + target.replace("\"", "\\\"") + ">.")))
        .containsExactly(TEXT + problem);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://example.org@evil.example|$.publisher.website: link target 'https://example.org@evil.example' would go "
          + "to evil.example, not to example.org: the part before '@' is a user name, not the site; remove it",
      "https://example.org/<b>|$.publisher.website: link target 'https://example.org/<b>' holds '<' (U+003C) at "
          + "character 21, which a URL cannot hold; percent-encode it (a space is %20) or remove it"})
  void checksWebsiteFieldsTheSameWay(String website, String problem) {
    String json = MINIMAL.replace("\"name\": \"Example Safeguarding Partnership\"",
        "\"name\": \"Example Safeguarding Partnership\", \"website\": \"" + website + "\"");
    assertThat(problems(json)).containsExactly(problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"team@example.org?bcc=x@y.z", "team@example.org?subject=x", "a@b.co,x@y.z",
      "a@b.co%0D%0ABcc:x@y.z", "team at example.org"})
  void refusesAnEmailFieldThatIsNotAPlainAddress(String email) {
    String json = MINIMAL.replace("\"sections\": [", "\"contacts\": [{\"id\": \"team\", \"name\": \"Team\", "
        + "\"email\": \"" + email + "\"}],\n  \"sections\": [");
    assertThat(problems(json)).containsExactly("$.contacts[0].email: expected a plain email address such as "
        + "team@example.org, with no spaces, headers (?cc=, ?bcc=) or other addresses, found '" + email + "'");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"tel:0300 555 0050|GB", "tel:+353-1-555-0000|IE", "tel:112|IE"})
  void readsTelTargetsInTheBulletinsRegion(String target, String region) {
    String json = MINIMAL.replace("\"layout\": \"free\",", "\"layout\": \"free\", \"region\": \"" + region + "\",")
        .replace("call 999.", "call [the team](" + target.replace(" ", "%20") + ").");
    assertThat(problems(json)).isEmpty();
  }

  private static List<String> problemsOfLink(String target) {
    return problems(MINIMAL.replace("call 999.", "call [the team](" + target.replace("\\", "\\\\").replace("\"", "\\\"")
        + ")."));
  }

  private static List<String> problems(String json) {
    BulletinInvalidException e = catchThrowableOfType(BulletinInvalidException.class, () -> BulletinJson.reader().read(json));
    return e == null ? List.of() : e.problems().stream().map(Problem::toString).toList();
  }
}
