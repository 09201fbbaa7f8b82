package org.safeguarding.bulletin.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.safeguarding.bulletin.testing.Fixtures;
import org.safeguarding.bulletin.validate.Problem;

/**
 * Each kind of problem the format document lists, made by changing one thing in a valid bulletin,
 * with its exact path and message.
 */
class DocumentProblemsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void missingRequiredField() {
    assertThat(problemsAfter(root -> ((ObjectNode) section(root, 2)).remove("heading")))
        .containsExactly("$.sections[2].heading: missing required field 'heading'");
  }

  @Test
  void wrongType() {
    assertThat(problemsAfter(root -> ((ObjectNode) contact(root, 1)).put("emergency", "yes")))
        .containsExactly("$.contacts[1].emergency: expected true or false, found a string");
    assertThat(problemsAfter(root -> ((ObjectNode) section(root, 0)).put("content", "text")))
        .containsExactly("$.sections[0].content: expected an array, found a string");
  }

  @Test
  void blankText() {
    assertThat(problemsAfter(root -> ((ObjectNode) root).put("title", "  ")))
        .containsExactly("$.title: expected text, found an empty string");
  }

  @Test
  void unknownField() {
    assertThat(problemsAfter(root -> ((ObjectNode) block(root, 4, 1)).put("colour", "red")))
        .containsExactly("$.sections[4].content[1].colour: unknown field 'colour'; known fields: type, text, tone");
  }

  @Test
  void alternatesNeedAValidOtherLanguageOnceAndAnHttpsAddress() {
    assertThat(problemsAfter(root -> {
      ArrayNode alternates = (ArrayNode) root.get("alternates");
      ((ObjectNode) alternates.get(0)).put("url", "http://safeguarding.example.org/cy");
      alternates.addObject().put("language", "en-GB").put("title", "Online Risks").put("url", "https://a.example/");
      alternates.addObject().put("language", "CY").put("title", "Risgiau").put("url", "https://a.example/cy");
      alternates.addObject().put("language", "en_GB").put("title", "Online Risks").put("url", "https://a.example/");
      alternates.addObject().put("language", "ro");
    })).containsExactly(
        "$.alternates[5].title: missing required field 'title'",
        "$.alternates[5].url: missing required field 'url'",
        "$.alternates[0].url: expected an https: address for the alternate, such as https://example.org/cy, "
            + "found 'http://safeguarding.example.org/cy'",
        "$.alternates[2].language: the alternate's language 'en-GB' is the bulletin's own; "
            + "an alternate is the bulletin in another language",
        "$.alternates[3].language: language 'CY' is given twice, first at $.alternates[0].language",
        "$.alternates[4].language: expected a BCP 47 language tag such as en-GB, cy or ur, found 'en_GB'");
  }

  @Test
  void alternativeFormatsNameAKnownContactAndSafeLinks() {
    assertThat(problemsAfter(root -> ((ObjectNode) root.get("alternativeFormats"))
        .put("contact", "nobody").put("text", "[Ask us](javascript:alert(1))")))
        .containsExactly(
            "$.alternativeFormats.contact: unknown contact 'nobody'; known: police, children, adults, "
                + "out-of-hours, nhs-111, samaritans, nspcc, ceop",
            "$.alternativeFormats.text: link target 'javascript:alert(1)' uses the refused scheme 'javascript:'; "
                + "allowed: https, http, mailto, tel");
  }

  @Test
  void easyReadReviewNeedsWhoAndADate() {
    assertThat(problemsAfter(root -> ((ObjectNode) root.get("easyReadReview")).put("date", "20 November")
        .remove("by")))
        .containsExactly("$.easyReadReview.by: missing required field 'by'",
            "$.easyReadReview.date: expected a date written YYYY-MM-DD, found '20 November'");
  }

  @Test
  void unknownBlockType() {
    assertThat(problemsAfter(root -> ((ObjectNode) block(root, 0, 0)).put("type", "table")))
        .containsExactly("$.sections[0].content[0].type: unknown block type 'table'; "
            + "known types: paragraph, list, risks, contacts, callout");
  }

  @Test
  void sevenMinuteBulletinWithoutSevenSections() {
    assertThat(problemsAfter(root -> ((ArrayNode) root.get("sections")).remove(6)))
        .containsExactly("$.sections: a seven-minute bulletin needs exactly 7 sections, found 6; "
            + "use \"layout\": \"free\" for another number");
  }

  @Test
  void unknownReference() {
    assertThat(problemsAfter(root -> ((ArrayNode) block(root, 6, 0).get("refs")).set(1, "polic")))
        .containsExactly("$.sections[6].content[0].refs[1]: unknown contact 'polic'; known: police, children, "
            + "adults, out-of-hours, nhs-111, samaritans, nspcc, ceop");
  }

  @Test
  void duplicateReference() {
    assertThat(problemsAfter(root -> ((ArrayNode) block(root, 1, 0).get("refs")).add("cyberbullying")))
        .containsExactly("$.sections[1].content[0].refs[4]: risk 'cyberbullying' is listed twice in this block");
  }

  @Test
  void duplicateId() {
    assertThat(problemsAfter(root -> ((ObjectNode) contact(root, 2)).put("id", "police")))
        .containsExactly("$.contacts[2].id: duplicate contact id 'police', first used at $.contacts[0].id",
            "$.sections[6].content[0].refs[2]: unknown contact 'adults'; known: police, children, out-of-hours, "
                + "nhs-111, samaritans, nspcc, ceop");
  }

  @Test
  void phoneNumberNotValidInTheRegion() {
    assertThat(problemsAfter(root -> ((ObjectNode) contact(root, 1)).put("phone", "0300 555")))
        .containsExactly("$.contacts[1].phone: '0300 555' is not a valid phone number in region GB");
  }

  @ParameterizedTest
  @ValueSource(strings = {"999", "112", "111", "116 123", "116 111", "0300 555 0050", "+44 300 555 0050"})
  void emergencyAndShortCodesAreValidPhoneNumbers(String number) {
    assertThat(problemsAfter(root -> ((ObjectNode) contact(root, 1)).put("phone", number))).isEmpty();
  }

  @Test
  void linkWithARefusedScheme() {
    assertThat(problemsAfter(root -> ((ObjectNode) block(root, 0, 0)).put("text", "See [this](javascript:alert(1)).")))
        .containsExactly("$.sections[0].content[0].text: link target 'javascript:alert(1)' uses the refused "
            + "scheme 'javascript:'; allowed: https, http, mailto, tel");
  }

  @Test
  void placeholderLink() {
    assertThat(problemsAfter(root -> ((ObjectNode) section(root, 3).get("easyRead").get(0)).put("text", "Go [HERE](#)")))
        .containsExactly("$.sections[3].easyRead[0].text: link target '#' is a draft's placeholder; "
            + "give the address the link goes to");
  }

  @Test
  void websiteThatIsNotAWebAddress() {
    assertThat(problemsAfter(root -> ((ObjectNode) root.get("publisher")).put("website", "data:text/html,x")))
        .containsExactly("$.publisher.website: link target 'data:text/html,x' uses the refused scheme 'data:'; "
            + "allowed: https, http");
  }

  @Test
  void unknownPictogram() {
    assertThat(problemsAfter(root -> ((ObjectNode) section(root, 5)).put("pictogram", "robot")))
        .containsExactly("$.sections[5].pictogram: unknown pictogram 'robot'; known: internet, warning, people, "
            + "child, adult, law, police, phone, help, information, home, money, game, chat, heart, next, family, "
            + "baby, older-person, disability, stranger, doctor, medicine, hurt, mind, school, book, computer, "
            + "mobile-phone, camera, photo, email, website, share, delete, settings, lock, secret, safe, stop, yes, "
            + "no, report, court, talk, listen, question, happy, sad, worried, calendar, time, place, car, bus, door, "
            + "key, food, sleep, alcohol");
  }

  @Test
  void unreadableLogo() {
    assertThat(problemsAfter(root -> ((ObjectNode) root.get("publisher")).putObject("logo")
        .put("path", "missing.png").put("alt", "Example Partnership")))
        .containsExactly("$.publisher.logo.path: cannot use logo 'missing.png': no such file");
  }

  @Test
  void malformedLanguageAndUnknownRegion() {
    assertThat(problemsAfter(root -> ((ObjectNode) root).put("language", "english!").put("region", "XX")))
        .containsExactly(
            "$.language: expected a BCP 47 language tag such as en-GB, cy or ur, found 'english!'",
            "$.region: expected an ISO 3166 two-letter region such as GB, found 'XX'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"zz-INVALID", "english", "xx"})
  void languageTagNotInTheRegistry(String tag) {
    assertThat(problemsAfter(root -> ((ObjectNode) root).put("language", tag)))
        .containsExactly("$.language: the language '" + tag.split("-")[0] + "' in '" + tag + "' is not in the IANA "
            + "language subtag registry; expected a BCP 47 language tag such as en-GB, cy or ur");
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-GB", "cy", "cy-GB", "ur", "ur-PK", "pa", "pa-Guru", "pl", "ro", "bn", "ar", "zh-Hans", "fa"})
  void registeredLanguageTags(String tag) {
    assertThat(problemsAfter(root -> ((ObjectNode) root).put("language", tag).remove("alternates"))).isEmpty();
  }

  @Test
  void everyProblemAtOnce() {
    List<String> problems = problemsAfter(root -> {
      ((ObjectNode) root).remove("title");
      ((ObjectNode) block(root, 0, 0)).put("type", "table");
      ((ArrayNode) block(root, 6, 0).get("refs")).set(0, "polic");
      ((ObjectNode) contact(root, 1)).put("phone", "0300 5");
    });

    assertThat(problems).containsExactlyInAnyOrder(
        "$.title: missing required field 'title'",
        "$.sections[0].content[0].type: unknown block type 'table'; known types: paragraph, list, risks, contacts, callout",
        "$.sections[6].content[0].refs[0]: unknown contact 'polic'; known: police, children, adults, out-of-hours, "
            + "nhs-111, samaritans, nspcc, ceop",
        "$.contacts[1].phone: '0300 5' is not a valid phone number in region GB");
  }

  @Test
  void theRulesStillReadTheBlocksOfASectionThatCannotBeRead() {
    assertThat(problemsAfter(root -> {
      ((ObjectNode) section(root, 6)).remove("heading");
      ((ArrayNode) block(root, 6, 0).get("refs")).set(1, "polic");
    })).containsExactly(
        "$.sections[6].heading: missing required field 'heading'",
        "$.sections[6].content[0].refs[1]: unknown contact 'polic'; known: police, children, adults, out-of-hours, "
            + "nhs-111, samaritans, nspcc, ceop");
  }

  private static JsonNode section(JsonNode root, int index) {
    return root.get("sections").get(index);
  }

  private static JsonNode block(JsonNode root, int section, int index) {
    return section(root, section).get("content").get(index);
  }

  private static JsonNode contact(JsonNode root, int index) {
    return root.get("contacts").get(index);
  }

  /** The problems, as lines, of every-field.json after {@code change}; empty if it stays valid. */
  private static List<String> problemsAfter(Consumer<JsonNode> change) {
    try {
      JsonNode root = JSON.readTree(Fixtures.text(Fixtures.VALID + "/every-field.json"));
      change.accept(root);
      String json = JSON.writeValueAsString(root);
      try {
        BulletinJson.reader().read(json);
        return List.of();
      } catch (org.safeguarding.bulletin.validate.BulletinInvalidException e) {
        return e.problems().stream().map(Problem::toString).toList();
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
