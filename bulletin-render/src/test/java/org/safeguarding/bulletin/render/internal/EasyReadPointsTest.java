package org.safeguarding.bulletin.render.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.safeguarding.bulletin.wording.Wordings;
import org.junit.jupiter.api.Test;
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

class EasyReadPointsTest {

  @Test
  void usesTheSectionsOwnPointsWithTheSectionsPictureWhereAPointHasNone() {
    Section section = Section.builder("Help").pictogram(Pictogram.HELP)
        .paragraph("Ignored here.").easyRead("Talk to us.").easyRead("Call us.", Pictogram.PHONE).build();

    assertThat(EasyReadPoints.of(bulletin(section), Wordings.builtIn().forLanguage("en-GB"), section))
        .extracting(EasyReadPoint::plainText, EasyReadPoint::pictogram)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Talk to us.", Pictogram.HELP),
            org.assertj.core.groups.Tuple.tuple("Call us.", Pictogram.PHONE));
  }

  @Test
  void makesOnePointASentenceFromContentWithoutEasyReadText() {
    Section section = Section.builder("Risks")
        .paragraph("Harm is real. It can happen to anyone.")
        .add(ListBlock.bulleted("Listen.", "Tell someone."))
        .add(RisksBlock.of("abuse"))
        .add(ContactsBlock.of("police"))
        .add(Callout.urgent("Call 999."))
        .build();

    assertThat(EasyReadPoints.of(bulletin(section), Wordings.builtIn().forLanguage("en-GB"), section))
        .extracting(EasyReadPoint::plainText)
        .containsExactly("Harm is real.", "It can happen to anyone.", "Listen.", "Tell someone.",
            "Domestic Abuse includes Stalking and Forced Marriage.", "Call Police on 999", "Call 999.");
    assertThat(EasyReadPoints.of(bulletin(section), Wordings.builtIn().forLanguage("en-GB"), section))
        .extracting(EasyReadPoint::pictogram)
        .containsOnly(EasyReadPoints.FALLBACK_PICTOGRAM);
  }

  private static Bulletin bulletin(Section section) {
    return Bulletin.builder("test").title("Test").publisher(Publisher.named("Example")).layout(Layout.FREE)
        .risk(Risk.of("abuse", "Domestic Abuse", "Stalking", "Forced Marriage"))
        .contact(Contact.builder("police", "Police").phone("999").emergency(true).build())
        .section(section)
        .build();
  }
}
