package org.safeguarding.bulletin.render.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * bulletin-bom says the versions the library was tested with: the versions this build resolved.
 * The BOM has no parent (see its pom), so its versions are written twice; this test fails when
 * they part.
 */
class BomTest {
  private static final Path ROOT = Path.of("..");
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]+)}");

  @Test
  void theBomsVersionPropertiesAreTheParents() throws Exception {
    Map<String, String> bom = properties(read(ROOT.resolve("bulletin-bom/pom.xml")));
    Map<String, String> parent = properties(read(ROOT.resolve("pom.xml")));

    List<String> differ = new ArrayList<>();
    for (Map.Entry<String, String> e : bom.entrySet()) {
      if (parent.containsKey(e.getKey()) && !parent.get(e.getKey()).equals(e.getValue())) {
        differ.add(e.getKey() + ": bom " + e.getValue() + ", parent " + parent.get(e.getKey()));
      }
    }
    assertThat(differ).as("properties of bulletin-bom/pom.xml that differ from pom.xml's").isEmpty();
    assertThat(bom).containsKeys("poi.version", "pdfbox.version", "openhtmltopdf.version", "jackson.version",
        "log4j.version");
  }

  @Test
  void everyLibraryTheBomPinsIsAtTheVersionThisBuildResolved() throws Exception {
    Document pom = read(ROOT.resolve("bulletin-bom/pom.xml"));
    Map<String, String> properties = properties(pom);
    Map<String, String> onClassPath = jarsOnClassPath();

    List<String> differ = new ArrayList<>();
    int found = 0;
    NodeList dependencies = pom.getElementsByTagName("dependency");
    for (int i = 0; i < dependencies.getLength(); i++) {
      Element d = (Element) dependencies.item(i);
      String key = text(d, "groupId") + ":" + text(d, "artifactId");
      if (key.startsWith("org.safeguarding.bulletin:")) {
        continue;
      }
      String version = resolve(text(d, "version"), properties);
      String resolved = onClassPath.get(key);
      if (resolved != null) {
        found++;
        if (!resolved.equals(version)) {
          differ.add(key + ": bom " + version + ", resolved " + resolved);
        }
      }
    }
    assertThat(differ).as("libraries the BOM pins at another version than the build resolved").isEmpty();
    assertThat(found).as("libraries of the BOM found on the class path").isGreaterThan(40);
    assertThat(onClassPath).containsKeys("org.apache.poi:poi-ooxml", "org.apache.logging.log4j:log4j-to-jul",
        "io.github.openhtmltopdf:openhtmltopdf-pdfbox");
  }

  /** groupId:artifactId to version, for each jar on the class path that lies in a Maven repository. */
  private static Map<String, String> jarsOnClassPath() {
    Map<String, String> jars = new LinkedHashMap<>();
    for (String entry : System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator))) {
      Path jar = Path.of(entry);
      if (jar.getNameCount() < 4 || !entry.endsWith(".jar")) {
        continue;
      }
      String version = jar.getParent().getFileName().toString();
      String artifact = jar.getParent().getParent().getFileName().toString();
      if (!jar.getFileName().toString().equals(artifact + "-" + version + ".jar")) {
        continue;
      }
      // Up from the artifact's folder to the repository's root, which holds "org", "com" and so on;
      // the group is the path between, whatever the repository is called.
      Path groupPath = jar.getParent().getParent().getParent();
      for (int depth = groupPath.getNameCount(); depth > 0; depth--) {
        Path candidate = groupPath.getRoot().resolve(groupPath.subpath(0, depth));
        if (Files.isDirectory(candidate.getParent().resolve("org")) && Files.isDirectory(candidate.getParent().resolve("com"))) {
          String group = candidate.getParent().relativize(groupPath).toString().replace(File.separatorChar, '.');
          jars.put(group + ":" + artifact, version);
          break;
        }
      }
    }
    return jars;
  }

  private static Document read(Path pom) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(pom.toFile());
  }

  private static Map<String, String> properties(Document pom) {
    Map<String, String> properties = new LinkedHashMap<>();
    NodeList blocks = pom.getDocumentElement().getElementsByTagName("properties");
    for (int b = 0; b < blocks.getLength(); b++) {
      Node block = blocks.item(b);
      if (block.getParentNode() != pom.getDocumentElement()) {
        continue; // a profile's properties
      }
      for (Node n = block.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (n instanceof Element e) {
          properties.put(e.getTagName(), e.getTextContent().trim());
        }
      }
    }
    return properties;
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
  }

  private static String resolve(String value, Map<String, String> properties) {
    Matcher m = PROPERTY.matcher(value);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(properties.getOrDefault(m.group(1), m.group())));
    }
    return m.appendTail(out).toString();
  }
}
