package org.safeguarding.bulletin.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class Utf8BytesTest {
  @Test
  void givesTheBytesThatTheJdkGivesForEveryScriptEvenPastItsFirstCapacity() {
    String text = "Call 0808 800 5000 – “now” ŵ الاستدراج ਗਰੂਮਿੰਗ 诱骗 \uD83D\uDCDE, a lone \uD800 half, é\u0301";
    Utf8Bytes bytes = new Utf8Bytes(8);
    StringBuilder expected = new StringBuilder();
    for (int i = 0; i < 50; i++) {
      bytes.append(text).append('|').append(text, 5, 18).append(text + text, 3, 90);
      expected.append(text).append('|').append(text, 5, 18).append(text + text, 3, 90);
    }
    assertThat(bytes.toByteArray()).isEqualTo(expected.toString().getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void isEmptyUntilSomethingIsAppended() {
    Utf8Bytes bytes = new Utf8Bytes(4);
    assertThat(bytes.isEmpty()).isTrue();
    assertThat(bytes.append("").isEmpty()).isTrue();
    assertThat(bytes.append('x').isEmpty()).isFalse();
  }
}
