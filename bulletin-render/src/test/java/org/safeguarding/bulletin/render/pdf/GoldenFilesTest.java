package org.safeguarding.bulletin.render.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.docx.EasyReadDocxRenderer;
import org.safeguarding.bulletin.render.html.HtmlRenderer;
import org.safeguarding.bulletin.testing.Fixtures;

/**
 * Golden files: for the example and every valid fixture, the HTML page, the Easy Read DOCX's
 * {@code word/document.xml} pretty-printed, and the PDF's tag tree with its text (as PDFBox reads
 * it; the HTML without its style sheet, which is the same for every page), under {@code src/test/resources/golden/}, so that every change to an output shows as a
 * reviewable diff. {@code -Dgolden.update=true} writes them afresh.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src", "test", "resources", "golden");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");
  private static final Pattern STYLE = Pattern.compile("(?s)<style>.*?</style>");

  static Stream<Arguments> bulletins() {
    List<Arguments> all = new ArrayList<>();
    all.add(Arguments.of("example", TestBulletins.example()));
    for (String resource : Fixtures.jsonFiles(Fixtures.VALID)) {
      String name = resource.substring(resource.lastIndexOf('/') + 1, resource.length() - ".json".length());
      all.add(Arguments.of(name, Fixtures.valid(name)));
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bulletins")
  void theHtmlPageIsAsBefore(String name, Bulletin bulletin) throws IOException {
    compare(name + ".html", withoutStyleSheet(HtmlRenderer.create().render(bulletin)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bulletins")
  void theEasyReadDocumentIsAsBefore(String name, Bulletin bulletin) throws Exception {
    ByteArrayOutputStream docx = new ByteArrayOutputStream();
    EasyReadDocxRenderer.create().render(bulletin, docx);
    compare(name + "-easy-read.document.xml", prettyDocumentXml(docx.toByteArray()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bulletins")
  void thePdfTagTreeIsAsBefore(String name, Bulletin bulletin) throws IOException {
    if (!Pdfs.RENDERER.problems(bulletin).isEmpty()) {
      return; // a script the PDF refuses: ScriptSupportTest checks the refusal
    }
    try (PDDocument pdf = PdfStructure.load(Pdfs.render(name, bulletin))) {
      compare(name + ".pdf-tags.txt", PdfStructure.outline(pdf));
    }
  }

  /**
   * The page with its style element's text left out: the style sheet is the same for every page and
   * its changes show in its own file, so each golden page keeps only what is its own.
   */
  private static String withoutStyleSheet(String page) {
    return STYLE.matcher(page).replaceFirst("<style>/* bulletin.css, left out */</style>");
  }

  private static void compare(String file, String actual) throws IOException {
    Path golden = GOLDEN.resolve(file);
    if (UPDATE) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("golden file %s: run the tests with -Dgolden.update=true to write it", golden).exists();
    assertThat(actual).as("%s differs from its golden file; if the change is meant, run with -Dgolden.update=true "
        + "and review the diff", file).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  private static String prettyDocumentXml(byte[] docx) throws Exception {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
      for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
        if (entry.getName().equals("word/document.xml")) {
          return pretty(zip);
        }
      }
    }
    throw new AssertionError("no word/document.xml");
  }

  /** Word refuses run properties out of the schema's order (ECMA-376 Part 1, 17.3.2.28). */
  private static void assertRunPropertiesInSchemaOrder(org.w3c.dom.Document document) {
    List<String> order = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "color", "sz", "szCs", "u", "rtl", "cs",
        "lang");
    org.w3c.dom.NodeList properties = document.getElementsByTagNameNS(
        "http://schemas.openxmlformats.org/wordprocessingml/2006/main", "rPr");
    for (int i = 0; i < properties.getLength(); i++) {
      List<Integer> ranks = new ArrayList<>();
      for (org.w3c.dom.Node child = properties.item(i).getFirstChild(); child != null; child = child.getNextSibling()) {
        if (child.getNodeType() == org.w3c.dom.Node.ELEMENT_NODE && order.contains(child.getLocalName())) {
          ranks.add(order.indexOf(child.getLocalName()));
        }
      }
      assertThat(ranks).as("run properties in schema order").isSorted();
    }
  }

  private static String pretty(InputStream xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    org.w3c.dom.Document document = factory.newDocumentBuilder().parse(xml);
    assertRunPropertiesInSchemaOrder(document);
    Transformer transformer = TransformerFactory.newInstance().newTransformer();
    transformer.setOutputProperty(OutputKeys.INDENT, "yes");
    transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
    StringWriter out = new StringWriter();
    transformer.transform(new DOMSource(document), new StreamResult(out));
    return out.toString().replaceAll("(?m)^[ \\t]+$\\n", "");
  }
}
