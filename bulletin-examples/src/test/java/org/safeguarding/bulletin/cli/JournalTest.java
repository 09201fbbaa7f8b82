package org.safeguarding.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's moves, both ways, from part-way states such as a killed run or a failed move leaves. */
class JournalTest {
  @TempDir
  Path directory;

  private final List<Journal.Entry> entries = List.of(new Journal.Entry(0, "a.html"), new Journal.Entry(1, "b.html"),
      new Journal.Entry(2, "c.html"));

  private Path stage() throws IOException {
    Path folder = Files.createDirectory(directory.resolve(StagingFolder.PREFIX + "test"));
    Files.writeString(directory.resolve("a.html"), "earlier a");
    Files.writeString(directory.resolve("c.html"), "earlier c");
    for (Journal.Entry entry : entries) {
      Files.writeString(entry.staged(folder), "new " + entry.name());
    }
    return folder;
  }

  @Test
  void putBackAfterPartOfTheMovesRestoresTheEarlierFiles() throws IOException {
    Path folder = stage();
    new Journal(entries.subList(0, 2)).moveIn(directory, folder);
    assertThat(Files.readString(directory.resolve("a.html"))).isEqualTo("new a.html");

    new Journal(entries).putBack(directory, folder);

    assertThat(Files.readString(directory.resolve("a.html"))).isEqualTo("earlier a");
    assertThat(directory.resolve("b.html")).doesNotExist();
    assertThat(Files.readString(directory.resolve("c.html"))).isEqualTo("earlier c");
    for (Journal.Entry entry : entries) {
      assertThat(entry.staged(folder)).hasContent("new " + entry.name());
    }
  }

  @Test
  void moveInFinishesWhatAKilledRunBegan() throws IOException {
    Path folder = stage();
    new Journal(entries.subList(0, 1)).moveIn(directory, folder);

    new Journal(entries).moveIn(directory, folder);

    for (Journal.Entry entry : entries) {
      assertThat(entry.target(directory)).hasContent("new " + entry.name());
    }
    assertThat(entries.get(0).backup(folder)).hasContent("earlier a");
  }

  @Test
  void aJournalIsReadBackAsWrittenAndAMissingOneIsEmpty() throws IOException {
    Path folder = stage();
    assertThat(Journal.read(folder)).isEmpty();

    new Journal(entries).write(folder);

    assertThat(Journal.read(folder)).contains(new Journal(entries));
  }

  @Test
  void namesThatLeaveTheFolderAreRefused() {
    for (String name : List.of("../x.html", "a/b.html", "..", "", StagingFolder.PREFIX + "x")) {
      assertThatThrownBy(() -> new Journal.Entry(0, name)).as(name).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
