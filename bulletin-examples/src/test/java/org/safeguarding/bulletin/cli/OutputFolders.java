package org.safeguarding.bulletin.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.safeguarding.bulletin.testing.Fixtures;

/** Test helpers for output folders: what a folder holds, and inputs to render into one. */
final class OutputFolders {
  private OutputFolders() {}

  /** Every entry in {@code dir} (not below), by name, with its bytes; a folder is named with a {@code /} and no bytes. */
  static Map<String, byte[]> snapshot(Path dir) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : list.toList()) {
        if (Files.isDirectory(file)) {
          files.put(file.getFileName() + "/", new byte[0]);
        } else {
          files.put(file.getFileName().toString(), Files.readAllBytes(file));
        }
      }
    }
    return files;
  }

  /**
   * Writes {@code count} small valid bulletins into {@code folder}, ids {@code prefix} and {@code 00},
   * {@code 01}..., whose title carries {@code version}, so that two versions render to different files
   * of the same names.
   */
  static List<Path> bulletins(Path folder, String prefix, int count, String version) throws IOException {
    Files.createDirectories(folder);
    String template = Fixtures.text(Fixtures.VALID + "/minimal-free.json");
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String id = String.format("%s%02d", prefix, i);
      String json = template.replace("\"id\": \"minimal\"", "\"id\": \"" + id + "\"")
          .replace("\"title\": \"Who to call\"", "\"title\": \"Who to call (" + version + ")\"");
      files.add(Files.writeString(folder.resolve(id + ".json"), json, StandardCharsets.UTF_8));
    }
    return files;
  }

  /** Whether two snapshots hold the same names with the same bytes. */
  static boolean same(Map<String, byte[]> a, Map<String, byte[]> b) {
    return a.keySet().equals(b.keySet()) && a.keySet().stream().allMatch(name -> Arrays.equals(a.get(name), b.get(name)));
  }

  /** The command-line arguments {@code render FILES... --out DIR MORE...}. */
  static String[] render(List<Path> inputs, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("render"));
    inputs.forEach(input -> args.add(input.toString()));
    args.addAll(List.of("--out", out.toString()));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }
}
