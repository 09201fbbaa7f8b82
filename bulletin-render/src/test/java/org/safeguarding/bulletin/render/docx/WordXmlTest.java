package org.safeguarding.bulletin.render.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The writer of the DOCX's XML parts: text that looks like markup is written as typed, spaces at
 * either end of a run are kept, a carriage return (and in attributes a line break or tab) survives
 * a reader, every script is UTF-8, and the part reads back (through the JDK's parser) as what was
 * written.
 */
class WordXmlTest {
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

  @Test
  void escapesMarkupInTextAndAttributes() {
    String xml = part(x -> x.start("w:p").empty("w:x", "w:val", "a \"b\" <c> & d").start("w:r")
        .runText("<script>alert(1)</script> & ]]> \"q\"").end().end());
    assertThat(xml).contains("w:val=\"a &quot;b&quot; &lt;c&gt; &amp; d\"")
        .contains("<w:t>&lt;script&gt;alert(1)&lt;/script&gt; &amp; ]]&gt; \"q\"</w:t>");
    Document read = read(xml);
    assertThat(read.getElementsByTagNameNS(W, "t").item(0).getTextContent())
        .isEqualTo("<script>alert(1)</script> & ]]> \"q\"");
    assertThat(read.getElementsByTagNameNS(W, "x").item(0).getAttributes().item(0).getNodeValue())
        .isEqualTo("a \"b\" <c> & d");
  }

  @Test
  void keepsLineBreaksAndTabsInAttributeValues() {
    String value = "one\ntwo\r\nthree\tfour";
    String xml = part(x -> x.empty("w:x", "w:val", value));
    assertThat(xml).contains("w:val=\"one&#10;two&#13;&#10;three&#9;four\"");
    assertThat(read(xml).getElementsByTagNameNS(W, "x").item(0).getAttributes().item(0).getNodeValue())
        .isEqualTo(value);
  }

  @Test
  void anAttributeAfterContentIsAFaultOfTheLibrary() {
    WordXml xml = WordXml.part("w:document", Map.of("w", W), 16).start("w:p").text("words");
    assertThatThrownBy(() -> xml.attribute("w:val", "late")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void keepsSpacesAtTheEndsOfARunAndOnlyThere() {
    String xml = part(x -> x.start("w:p").runText(" leading").runText("trailing\t").runText("in side")
        .runText("").end());
    assertThat(xml).contains("<w:t xml:space=\"preserve\"> leading</w:t>")
        .contains("<w:t xml:space=\"preserve\">trailing\t</w:t>")
        .contains("<w:t>in side</w:t>")
        .contains("<w:t/>");
  }

  @Test
  void writesACarriageReturnAsAReferenceSoThatReadersKeepIt() {
    String xml = part(x -> x.start("w:p").runText("one\r\ntwo\rthree").end());
    assertThat(xml).contains("<w:t>one&#13;\ntwo&#13;three</w:t>");
    assertThat(read(xml).getElementsByTagNameNS(W, "t").item(0).getTextContent()).isEqualTo("one\r\ntwo\rthree");
  }

  @Test
  void writesEveryScriptAsUtf8WithTheDeclarationAndNamespacesFirst() {
    String text = "Cymraeg ŵ · اردو · ਪੰਜਾਬੀ · বাংলা · 中文 · 𝐁 · \u200E0808";
    byte[] bytes = WordXml.part("w:document", Map.of("w", W, "r", "urn:r"), 16).start("w:body")
        .runText(text).finish();
    String xml = new String(bytes, StandardCharsets.UTF_8);
    assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<w:document xmlns:r=\"urn:r\" xmlns:w=\"" + W + "\"><w:body><w:t>")
        .endsWith("</w:t></w:body></w:document>");
    assertThat(read(xml).getElementsByTagNameNS(W, "t").item(0).getTextContent()).isEqualTo(text);
  }

  @Test
  void keepsCharactersOutsideTheBasicPlaneWholeInLongTextWithEscapes() {
    StringBuilder long_ = new StringBuilder();
    for (int i = 0; i < 3000; i++) {
      long_.append("\uD83D\uDCDE".repeat(i % 5)).append(i % 7 == 0 ? "<&>" : "ab").append("\uD835\uDC01");
    }
    String text = long_.toString();
    for (int cut = 0; cut < 70; cut++) {
      String piece = text.substring(0, text.offsetByCodePoints(text.length(), -cut));
      String xml = part(x -> x.start("w:p").runText(piece).empty("w:x", "w:val", piece).end());
      assertThat(read(xml).getElementsByTagNameNS(W, "t").item(0).getTextContent().equals(piece))
          .as("the text read back, %d code points cut", cut).isTrue();
    }
  }

  @Test
  void anElementEndedTwiceIsAFaultOfTheLibrary() {
    WordXml xml = WordXml.part("w:document", Map.of("w", W), 16);
    xml.end();
    assertThatThrownBy(xml::end).isInstanceOf(IllegalStateException.class);
  }

  private static String part(java.util.function.Consumer<WordXml> content) {
    WordXml xml = WordXml.part("w:document", Map.of("w", W), 64);
    content.accept(xml);
    return new String(xml.finish(), StandardCharsets.UTF_8);
  }

  private static Document read(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (Exception e) {
      throw new AssertionError("does not parse: " + xml, e);
    }
  }
}
