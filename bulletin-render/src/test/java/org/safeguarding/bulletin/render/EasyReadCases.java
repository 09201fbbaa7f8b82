package org.safeguarding.bulletin.render;

import java.time.LocalDate;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Section;

/** Small bulletins for what the Easy Read cover says and how its parts are headed, in every output. */
public final class EasyReadCases {
  /** The cover's line for a version made wholly from prose, in English. */
  public static final String DRAFT_ALL = "This is a draft. It has not been written in Easy Read yet.";

  /** The cover's line for a version made partly from prose, in English. */
  public static final String DRAFT_SOME = "This is a draft. Some parts have not been written in Easy Read yet.";

  /** The cover's line for a checked version of {@link #reviewed()}. */
  public static final String CHECKED = "People who use Easy Read checked this with Example Voices in November 2026.";

  private EasyReadCases() {}

  /**
   * A free English bulletin with no Easy Read points of its own (so its Easy Read is made from its
   * prose), a glossary and an emergency contact; its last section is headed {@code lastHeading}.
   */
  public static Bulletin proseOnly(String lastHeading) {
    return base()
        .section(Section.builder("Online risks").paragraph("Some people use the internet to hurt others. "
            + "A **groomer** makes friends with a child to harm them.").build())
        .section(Section.builder(lastHeading).paragraph("Call the police if someone is in danger.")
            .add(ContactsBlock.of("police")).build())
        .build();
  }

  /** Like {@link #proseOnly}, but only its first section has Easy Read points. */
  public static Bulletin partlyProse() {
    return base()
        .section(Section.builder("Online risks").paragraph("Some people use the internet to hurt others.")
            .easyRead("Some people use the internet to hurt others.").build())
        .section(Section.builder("Reporting").paragraph("Call the police if someone is in danger.")
            .add(ContactsBlock.of("police")).build())
        .build();
  }

  /** Written in Easy Read, every section, and checked by people who use it. */
  public static Bulletin reviewed() {
    return base().easyReadReview("Example Voices", LocalDate.of(2026, 11, 2))
        .section(Section.builder("Online risks").paragraph("Some people use the internet to hurt others.")
            .easyRead("Some people use the internet to hurt others.").build())
        .section(Section.builder("Who to contact").paragraph("Call the police if someone is in danger.")
            .add(ContactsBlock.of("police")).easyRead("Call 999 if someone is in danger.").build())
        .build();
  }

  private static Bulletin.Builder base() {
    return Bulletin.builder("easy-read-case").layout(Layout.FREE).title("Staying safe online")
        .publisher(Publisher.named("Example Partnership")).published(LocalDate.of(2026, 11, 1))
        .glossary("groomer", "Someone who makes friends with a child to harm them.")
        .contact(Contact.builder("police", "Police").emergency(true).phone("999").build());
  }
}
