package org.safeguarding.bulletin.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Phone numbers keep what people read and give what phones dial. */
class PhoneNumberTest {

  @ParameterizedTest
  @CsvSource({
      "999, tel:999",
      "111, tel:111",
      "116 123, tel:116123",
      "0300 555 0050, tel:+443005550050",
      "0121 626 8000, tel:+441216268000",
      "+44 300 555 0050, tel:+443005550050"})
  void keepsTheDisplayAndDialsE164OrTheShortCodeAsTyped(String typed, String tel) {
    PhoneNumber number = PhoneNumber.parse(typed, "GB");

    assertThat(number.display()).isEqualTo(typed);
    assertThat(number.telUri()).isEqualTo(tel);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0300 555", "12", "call us", "0300 555 0050 ext 2"})
  void refusesNumbersThatAreNotValidInTheRegion(String typed) {
    assertThatThrownBy(() -> PhoneNumber.parse(typed, "GB")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'" + typed + "' is not a valid phone number in region GB");
  }

  @Test
  void readsTheSameNumberAgainByTheRulesOfEachRegion() {
    for (int round = 0; round < 2; round++) {
      assertThatThrownBy(() -> PhoneNumber.parse("0300 555 0050", "US")).isInstanceOf(IllegalArgumentException.class);
      assertThat(PhoneNumber.parse("0300 555 0050", "GB").telUri()).isEqualTo("tel:+443005550050");
      assertThatThrownBy(() -> PhoneNumber.parse("999", "US")).isInstanceOf(IllegalArgumentException.class);
      assertThat(PhoneNumber.parse("999", "GB").telUri()).isEqualTo("tel:999");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tel:0300 555", "https://example.org", "tel:"})
  void refusesALinkThatIsNotATelUriOfDigits(String link) {
    assertThatThrownBy(() -> new PhoneNumber("0300", link)).isInstanceOf(IllegalArgumentException.class);
  }
}
