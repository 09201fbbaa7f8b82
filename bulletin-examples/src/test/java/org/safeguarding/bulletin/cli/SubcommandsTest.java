package org.safeguarding.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A run that names its subcommand gives picocli that one alone ({@link Subcommands}), and prints and
 * returns exactly what it would with all of them.
 */
class SubcommandsTest {
  /** What a run printed and returned. */
  private record Printed(int code, String out, String err) {}

  @Test
  void aRunThatStartsWithASubcommandsNameNeedsThatOneAloneAndAnyOtherNeedsAll() {
    assertThat(Subcommands.neededBy(new String[] {"render", "x.json"})).containsExactly(RenderCommand.class);
    assertThat(Subcommands.neededBy(new String[] {"pictograms"})).containsExactly(PictogramsCommand.class);
    assertThat(Subcommands.neededBy(new String[] {"--debug", "render"})).isEqualTo(Subcommands.all());
    assertThat(Subcommands.neededBy(new String[] {"rendr"})).isEqualTo(Subcommands.all());
    assertThat(Subcommands.neededBy(new String[0])).isEqualTo(Subcommands.all());
    assertThat(Subcommands.all()).hasSize(5);
  }

  @Test
  void helpAndUsageErrorsAreTheSameWithTheOneSubcommandAsWithAll() {
    List<String[]> runs = List.of(new String[] {"render", "--help"}, new String[] {"render", "--bogus"},
        new String[] {"render", "--format", "nope"}, new String[] {"render", "--limit", "bogus=3"},
        new String[] {"render", "--report", "x.json"}, new String[] {"validate", "--nope"},
        new String[] {"validate", "--help"}, new String[] {"validate"}, new String[] {"lint", "--help"},
        new String[] {"verify", "--help"}, new String[] {"pictograms", "--help"}, new String[] {"pictograms", "-x"});
    for (String[] args : runs) {
      List<Class<?>> needed = Subcommands.neededBy(args);
      assertThat(needed).hasSize(1);
      Printed alone = run(args, needed);
      assertThat(alone).as(String.join(" ", args)).isEqualTo(run(args, Subcommands.all()));
      assertThat(alone.out() + alone.err()).as(String.join(" ", args)).isNotBlank();
    }
  }

  private static Printed run(String[] args, List<Class<?>> subcommands) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    PrintWriter outWriter = new PrintWriter(out);
    PrintWriter errWriter = new PrintWriter(err);
    int code = BulletinCommand.run(args, outWriter, errWriter, CommandLine.defaultFactory(), subcommands);
    outWriter.flush();
    errWriter.flush();
    return new Printed(code, out.toString(), err.toString());
  }
}
