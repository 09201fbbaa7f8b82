package org.safeguarding.bulletin.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.wording.Wording;
import org.safeguarding.bulletin.wording.Wordings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code pictograms}: the built-in pictures, one a line, by name (as the JSON format writes it) with
 * its alt text, in alphabetical order; {@code --lang} gives the alt text in another language the
 * library has wording in, {@code --words} adds the words that choose each picture for an Easy Read
 * point that names none.
 */
@Command(name = "pictograms", mixinStandardHelpOptions = true,
    description = "List the built-in pictures: each name, as \"pictogram\" takes it, and its alt text.")
final class PictogramsCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private LabelsOption labels;

  @Option(names = "--lang", paramLabel = "TAG", defaultValue = "en",
      description = "The language of the alt text (BCP 47, for example cy or ur); English by default.")
  private String language;

  @Option(names = "--words", description = "Also list the words that choose each picture, in that language.")
  private boolean words;

  @Override
  public Integer call() {
    try {
      new Locale.Builder().setLanguageTag(language);
    } catch (IllformedLocaleException e) {
      throw new ParameterException(spec.commandLine(), "--lang: '" + language + "' is not a BCP 47 language tag "
          + "such as en, cy or ur");
    }
    Wordings wordings = labels.wordings();
    Wording wording = wordings.forLanguage(language);
    boolean own = wordings.has(language);
    if (!own) {
      spec.commandLine().getErr().println("pictograms: the library has no wording in '" + language
          + "'; the alt text is in English");
      spec.commandLine().getErr().flush();
    }
    List<Pictogram> pictograms = Arrays.stream(Pictogram.values())
        .sorted(Comparator.comparing(Pictogram::jsonName)).toList();
    int width = pictograms.stream().mapToInt(p -> p.jsonName().length()).max().orElse(0) + 2;
    PrintWriter out = spec.commandLine().getOut();
    for (Pictogram pictogram : pictograms) {
      out.println(String.format("%-" + width + "s%s", pictogram.jsonName(), wording.altText(pictogram)));
      if (words) {
        List<String> chosenBy = own ? wording.pictureWords(pictogram) : List.of();
        out.println(" ".repeat(width) + "words: " + (chosenBy.isEmpty() ? "(none)" : String.join(", ", chosenBy)));
      }
    }
    out.flush();
    return ExitCode.OK.code();
  }
}
