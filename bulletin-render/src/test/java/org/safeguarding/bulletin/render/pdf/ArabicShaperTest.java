package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.ArabicShaping;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Joining Arabic-script letters with their presentation forms, Urdu's included. */
class ArabicShaperTest {

  @Test
  void joinsEachLetterAsItsNeighboursCallFor() {
    // beh: initial, medial, final; alef after it: final; a lone letter stays as it is.
    assertThat(ArabicShaper.shape("ببب")).isEqualTo("\uFE91\uFE92\uFE90");
    assertThat(ArabicShaper.shape("با ب")).isEqualTo("\uFE91\uFE8E ب");
  }

  @Test
  void joinsTheLettersUrduAddsWhichIcusArabicShapingLeavesUnjoined() throws Exception {
    String urdu = "ٹٹٹ بڈ بڑ ککک گگگ ہہہ ھھھ یی بے بۓ";

    // ICU4J's ArabicShaping joins the beh to the tteh but leaves the tteh alone: a broken word.
    assertThat(new ArabicShaping(ArabicShaping.LETTERS_SHAPE).shape("بٹب")).contains("ٹ");
    assertThat(ArabicShaper.shape(urdu)).isEqualTo("\uFB68\uFB69\uFB67 \uFE91\uFB89 \uFE91\uFB8D"
        + " \uFB90\uFB91\uFB8F \uFB94\uFB95\uFB93 \uFBA8\uFBA9\uFBA7 \uFBAC\uFBAD\uFBAB \uFBFE\uFBFD \uFE91\uFBAF"
        + " \uFE91\uFBB1");
    assertThat(Normalizer.normalize(ArabicShaper.shape(urdu), Normalizer.Form.NFKC)).isEqualTo(urdu);
    assertThat(ArabicShaper.firstUnshapeable(urdu)).isEmpty();
  }

  @Test
  void makesLamAndAlefOneLigatureAndSkipsMarks() {
    assertThat(ArabicShaper.shape("لا")).isEqualTo("\uFEFB");
    assertThat(ArabicShaper.shape("بلا")).isEqualTo("\uFE91\uFEFC");
    // A fathatan between qaf and alef does not keep them apart.
    assertThat(ArabicShaper.shape("قلقًا")).isEqualTo("\uFED7\uFEE0\uFED8\u064B\uFE8E");
  }

  @Test
  void findsALetterThatUnicodeHasNoFormOfForWhereItStands() {
    // Noon ghunna has isolated and final forms only; teh marbuta goal none at all.
    assertThat(ArabicShaper.firstUnshapeable("بں")).isEmpty();
    assertThat(ArabicShaper.firstUnshapeable("بںب")).hasValue(0x06BA);
    assertThat(ArabicShaper.firstUnshapeable("ۃ")).isEmpty();
    assertThat(ArabicShaper.firstUnshapeable("بۃ")).hasValue(0x06C3);
  }

  @Test
  void leavesOtherTextAndDigitsAlone() {
    assertThat(ArabicShaper.shape("NSPCC 0808 ۱۲۳ ١٢٣ ،")).isEqualTo("NSPCC 0808 ۱۲۳ ١٢٣ ،");
  }
}
