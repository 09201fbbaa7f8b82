package org.safeguarding.bulletin.internal.lint;

import java.util.List;
import java.util.stream.Collectors;
import org.safeguarding.bulletin.internal.pictures.PictureChoice;
import org.safeguarding.bulletin.internal.pictures.PictureChooser;
import org.safeguarding.bulletin.lint.LintRule;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.EasyReadPoint;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.wording.Wording;

/**
 * The picture the library chooses for each Easy Read point that names none, so that the author can
 * confirm it: the same choice every Easy Read output shows ({@link PictureChooser}).
 */
final class PictureChecks {
  private PictureChecks() {}

  static void run(Bulletin bulletin, Wording wording, Findings findings) {
    PictureChooser chooser = PictureChooser.of(bulletin.language(), wording);
    for (int s = 0; s < bulletin.sections().size(); s++) {
      Section section = bulletin.sections().get(s);
      List<EasyReadPoint> points = section.easyRead();
      for (int i = 0; i < points.size(); i++) {
        if (points.get(i).pictogram() == null) {
          report(findings, s, i, chooser.choose(points.get(i).text().plainText(), section.pictogram()));
        }
      }
    }
  }

  private static void report(Findings findings, int section, int point, PictureChoice choice) {
    String picture = "'" + choice.pictogram().jsonName() + "' (" + choice.pictogram().altText() + ")";
    String why = choice.byWords()
        ? "chosen by its words " + choice.words().stream().map(w -> "\"" + w + "\"").collect(Collectors.joining(", "))
        : "the section's picture, as none of its words chooses one";
    findings.add(LintRule.CHOSEN_PICTURE, "$.sections[" + section + "].easyRead[" + point + "]",
        "point " + (point + 1) + " of section " + (section + 1) + " names no picture; it shows " + picture + ", "
            + why, "if that picture is right, write \"pictogram\": \"" + choice.pictogram().jsonName()
            + "\"; if not, name the picture that shows what the point says");
  }
}
