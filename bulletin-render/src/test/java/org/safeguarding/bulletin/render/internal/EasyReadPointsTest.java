package org.safeguarding.bulletin.render.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.internal.pictures.PictureChooser;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.ListBlock;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.model.Section;
import org.safeguarding.bulletin.wording.Wordings;

class EasyReadPointsTest {

  @Test
  void twoPointsOfOneSectionWithDifferentMeaningsGetDifferentPictures() {
    Section section = Section.builder("What are the risks?").pictogram(Pictogram.WARNING).paragraph("Ignored here.")
        .easyRead("Criminals can trick people out of money online.")
        .easyRead("Some people share photos of children online.")
        .easyRead("Talk to someone you trust.")
        .build();

    assertThat(points(section, "en-GB")).extracting(EasyReadPoint::pictogram)
        .containsExactly(Pictogram.MONEY, Pictogram.SHARE, Pictogram.TALK);
  }

  @Test
  void aPictureThePointNamesAlwaysWins() {
    Section section = Section.builder("Help").pictogram(Pictogram.HELP).paragraph("Ignored here.")
        .easyRead("Talk to us.").easyRead("Call us about money.", Pictogram.HOME).build();

    assertThat(points(section, "en-GB")).extracting(EasyReadPoint::plainText, EasyReadPoint::pictogram)
        .containsExactly(tuple("Talk to us.", Pictogram.TALK), tuple("Call us about money.", Pictogram.HOME));
  }

  @Test
  void aPointWhoseWordsChooseNoPictureGetsTheSectionsOrTheFallback() {
    Section pictured = Section.builder("Help").pictogram(Pictogram.HELP).paragraph("Ignored.").easyRead("Xyz.").build();
    Section plain = Section.builder("Help").paragraph("Ignored.").easyRead("Xyz.").build();

    assertThat(points(pictured, "en-GB")).extracting(EasyReadPoint::pictogram).containsExactly(Pictogram.HELP);
    assertThat(points(plain, "en-GB")).extracting(EasyReadPoint::pictogram).containsExactly(PictureChooser.FALLBACK);
  }

  @Test
  void picturesAreChosenByTheWordsOfTheBulletinsLanguageOnly() {
    Section welsh = Section.builder("Help").pictogram(Pictogram.HELP).paragraph("Anwybyddu.")
        .easyRead("Mae'r heddlu yn helpu.").easyRead("Mae arian yn bwysig.").build();
    Section english = Section.builder("Help").pictogram(Pictogram.HELP).paragraph("Ignored.")
        .easyRead("Call the police.").build();

    assertThat(points(welsh, "cy")).extracting(EasyReadPoint::pictogram)
        .containsExactly(Pictogram.POLICE, Pictogram.MONEY);
    assertThat(points(english, "cy")).extracting(EasyReadPoint::pictogram).containsExactly(Pictogram.HELP);
    assertThat(points(english, "so")).as("no wording in Somali: English words choose nothing")
        .extracting(EasyReadPoint::pictogram).containsExactly(Pictogram.HELP);
  }

  @Test
  void makesOnePointASentenceFromContentWithoutEasyReadTextEachWithAPictureByItsWords() {
    Section section = Section.builder("Risks")
        .paragraph("Harm is real. It can happen to anyone.")
        .add(ListBlock.bulleted("Listen.", "Tell someone."))
        .add(RisksBlock.of("abuse"))
        .add(ContactsBlock.of("police"))
        .add(Callout.urgent("Call 999."))
        .build();

    assertThat(points(section, "en-GB"))
        .extracting(EasyReadPoint::plainText, EasyReadPoint::pictogram)
        .containsExactly(
            tuple("Harm is real.", Pictogram.WARNING),
            tuple("It can happen to anyone.", PictureChooser.FALLBACK),
            tuple("Listen.", Pictogram.LISTEN),
            tuple("Tell someone.", Pictogram.REPORT),
            tuple("Domestic Abuse includes Stalking and Forced Marriage.", Pictogram.WARNING),
            tuple("Call Police on 999", Pictogram.POLICE),
            tuple("Call 999.", Pictogram.PHONE));
  }

  private static List<EasyReadPoint> points(Section section, String language) {
    Bulletin bulletin = Bulletin.builder("test").title("Test").publisher(Publisher.named("Example")).layout(Layout.FREE)
        .language(language)
        .risk(Risk.of("abuse", "Domestic Abuse", "Stalking", "Forced Marriage"))
        .contact(Contact.builder("police", "Police").phone("999").emergency(true).build())
        .section(section)
        .build();
    return EasyReadPoints.of(bulletin, Wordings.builtIn().forLanguage(language), section);
  }
}
