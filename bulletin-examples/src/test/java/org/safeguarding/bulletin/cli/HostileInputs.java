package org.safeguarding.bulletin.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Builds hostile and broken inputs from the Safer Seven example, for the hostile-input suite. */
final class HostileInputs {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EXAMPLE = "/org/safeguarding/bulletin/examples/online-risks-and-harms.json";

  private HostileInputs() {}

  /** The example's JSON tree, to change. */
  static ObjectNode example() {
    try (InputStream in = HostileInputs.class.getResourceAsStream(EXAMPLE)) {
      return (ObjectNode) JSON.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the example, changed by {@code change}, to {@code folder/bulletin.json}. */
  static Path changed(Path folder, Consumer<ObjectNode> change) throws IOException {
    ObjectNode root = example();
    change.accept(root);
    return Files.writeString(folder.resolve("bulletin.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
  }

  /** A change that gives the publisher a logo at {@code path}. */
  static Consumer<ObjectNode> logo(String path) {
    return root -> ((ObjectNode) root.get("publisher")).putObject("logo").put("path", path).put("alt", "Partnership logo");
  }

  /** A change that sets the first section's heading. */
  static Consumer<ObjectNode> heading(String text) {
    return root -> ((ObjectNode) root.get("sections").get(0)).put("heading", text);
  }

  /** A change that defines {@code count} contacts and lists them all in section 6's contacts block. */
  static Consumer<ObjectNode> contacts(int count) {
    return root -> {
      ArrayNode contacts = root.putArray("contacts");
      ArrayNode refs = ((ObjectNode) root.get("sections").get(5).get("content").get(1)).putArray("refs");
      for (int i = 0; i < count; i++) {
        contacts.addObject().put("id", "contact-" + i).put("name", "Contact " + i).put("phone", "0300 555 0050");
        refs.add("contact-" + i);
      }
    };
  }

  /** Raw bytes written as {@code folder/bulletin.json}. */
  static Path bytes(Path folder, byte[] bytes) throws IOException {
    return Files.write(folder.resolve("bulletin.json"), bytes);
  }

  /** Text written as {@code folder/bulletin.json}. */
  static Path text(Path folder, String text) throws IOException {
    return Files.writeString(folder.resolve("bulletin.json"), text);
  }
}
