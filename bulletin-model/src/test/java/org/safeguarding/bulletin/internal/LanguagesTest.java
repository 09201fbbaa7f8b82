package org.safeguarding.bulletin.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Language tags are checked against the registries: well formed, and every subtag known. */
class LanguagesTest {

  @ParameterizedTest
  @ValueSource(strings = {"en-GB", "en", "cy", "cy-GB", "ur", "ur-PK", "pa", "pa-Guru", "pa-Arab-PK", "pl", "ro", "bn",
      "ar", "zh-Hans", "zh-Hant-TW", "fa", "ckb", "es-419", "de-DE-1901", "ca-ES-valencia", "en-GB-x-easyread",
      "EN-gb"})
  void acceptsRegisteredTags(String tag) {
    assertThat(Languages.problem(tag)).isEmpty();
    assertThat(Languages.isValid(tag)).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "zz-INVALID|the language 'zz' in 'zz-INVALID' is not in the IANA language subtag registry; expected a BCP 47 "
          + "language tag such as en-GB, cy or ur",
      "english|the language 'english' in 'english' is not in the IANA language subtag registry; expected a BCP 47 "
          + "language tag such as en-GB, cy or ur",
      "xx|the language 'xx' in 'xx' is not in the IANA language subtag registry; expected a BCP 47 language tag "
          + "such as en-GB, cy or ur",
      "qaa|the language 'qaa' in 'qaa' is not in the IANA language subtag registry; expected a BCP 47 language tag "
          + "such as en-GB, cy or ur",
      "en-Abcd|the script 'Abcd' in 'en-Abcd' is not in the IANA language subtag registry; expected a BCP 47 "
          + "language tag such as en-GB, cy or ur",
      "en-UK|the region 'UK' in 'en-UK' is not in the IANA language subtag registry; expected a BCP 47 language "
          + "tag such as en-GB, cy or ur",
      "en-AA|the region 'AA' in 'en-AA' is not in the IANA language subtag registry; expected a BCP 47 language "
          + "tag such as en-GB, cy or ur",
      "en-GB-invalid|the variant 'invalid' in 'en-GB-invalid' is not in the IANA language subtag registry; "
          + "expected a BCP 47 language tag such as en-GB, cy or ur",
      "en_GB|expected a BCP 47 language tag such as en-GB, cy or ur, found 'en_GB'",
      "x|expected a BCP 47 language tag such as en-GB, cy or ur, found 'x'"})
  void refusesTagsNoReaderKnowsWithAClearMessage(String tag, String problem) {
    assertThat(Languages.problem(tag)).contains(problem);
    assertThat(Languages.isValid(tag)).isFalse();
  }
}
