package org.safeguarding.bulletin.render.internal.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PageTextTest {
  private static Document page() {
    Document doc = new Document("");
    doc.appendChild(new DocumentType("html", "", ""));
    Element html = doc.appendElement("html").attr("lang", "en-GB");
    Element head = html.appendElement("head");
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("style").appendChild(new DataNode("a > b { content: \"&\"; }"));
    return doc;
  }

  @Test
  void writesTextAndAttributeValuesAsTypedWithOnlyWhatHtmlNeedsEscaped() {
    Document doc = page();
    Element body = doc.child(0).appendElement("body");
    body.appendElement("p").attr("title", "\"Tom\" & <Jerry>\u00a0'x'").text("<script>alert(1)</script> & \"quoted\"\u00a0'x'");
    body.appendElement("p").text("bell\u0007");
    String text = new String(PageText.of(doc), StandardCharsets.UTF_8);
    assertThat(text).contains("<p title=\"&quot;Tom&quot; &amp; &lt;Jerry&gt;&nbsp;'x'\">"
        + "&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"quoted\"&nbsp;'x'</p>");
    assertThat(text).contains("<p>bell&#x7;</p>");
    assertThat(text).contains("<style>a > b { content: \"&\"; }</style>");
    assertThat(Jsoup.parse(text).body().child(0).wholeText()).isEqualTo("<script>alert(1)</script> & \"quoted\"\u00a0'x'");
    assertThat(Jsoup.parse(text).body().child(0).attr("title")).isEqualTo("\"Tom\" & <Jerry>\u00a0'x'");
  }

  @Test
  void putsBlocksOnLinesOfTheirOwnAndInlineContentAsItIs() {
    Document doc = page();
    Element body = doc.child(0).appendElement("body");
    body.appendElement("a").attr("href", "#main").text("Skip");
    Element list = body.appendElement("ul");
    Element item = list.appendElement("li");
    item.appendElement("strong").text("Name");
    item.appendElement("p").text("Words");
    Element paragraph = body.appendElement("p");
    paragraph.appendText("Call ").appendElement("a").attr("href", "tel:999").text("999");
    paragraph.appendText(".").appendElement("br");
    paragraph.appendText("Now.");
    assertThat(new String(PageText.of(doc), StandardCharsets.UTF_8)).isEqualTo("""
        <!doctype html>
        <html lang="en-GB">
         <head>
          <meta charset="utf-8">
          <style>a > b { content: "&"; }</style>
         </head>
         <body>
          <a href="#main">Skip</a>
          <ul>
           <li>
            <strong>Name</strong>
            <p>Words</p>
           </li>
          </ul>
          <p>Call <a href="tel:999">999</a>.<br>Now.</p>
         </body>
        </html>
        """);
  }
}
