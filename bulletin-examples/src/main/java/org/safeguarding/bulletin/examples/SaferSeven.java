package org.safeguarding.bulletin.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import org.safeguarding.bulletin.json.BulletinJson;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Callout;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.InlineText;
import org.safeguarding.bulletin.model.Layout;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.model.Publisher;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.model.Section;

/**
 * "Safer Seven: Online Risks and Harms", the Dudley Safeguarding People Partnership's 7 minute
 * briefing, made twice: with the Java builder ({@link #build()}) and from its JSON resource ({@link
 * #fromJson()}). The two are equal.
 *
 * <p>Every sentence is as published, except that the placeholder link "[HERE](#)" has become link
 * text that says where it goes ("Learning Zone").
 */
public final class SaferSeven {
  /** The classpath resource of the bulletin's JSON form. */
  public static final String JSON_RESOURCE = "/org/safeguarding/bulletin/examples/online-risks-and-harms.json";

  private SaferSeven() {}

  /** The bulletin, read from its JSON resource. */
  public static Bulletin fromJson() {
    try (InputStream in = SaferSeven.class.getResourceAsStream(JSON_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the example is missing from the jar: " + JSON_RESOURCE);
      }
      return BulletinJson.reader().read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bulletin, made with the Java builder. */
  public static Bulletin build() {
    return Bulletin.builder("online-risks-and-harms")
        .layout(Layout.SEVEN_MINUTE)
        .language("en-GB")
        .region("GB")
        .series("Safer Seven", "Your 7 minute safeguarding bulletin")
        .title("Online Risks and Harms")
        .publisher(new Publisher("Dudley Safeguarding People Partnership", "http://safeguarding.dudley.gov.uk", null))
        .published(LocalDate.parse("2026-11-27"))
        .summary("This bulletin explains online risks and harms, who they can affect, what the law says and how to report a concern in Dudley.")
        .risk(Risk.of("bullying", "Bullying"))
        .risk(Risk.of("domestic-abuse", "Domestic Abuse", "Stalking", "Honour Based Abuse", "Forced Marriage"))
        .risk(Risk.of("hate-crime", "Hate Crime"))
        .risk(Risk.of("frauds-and-scams", "Frauds and Scams"))
        .risk(Risk.of("modern-slavery", "Modern Slavery", "CSE", "County Lines"))
        .risk(Risk.of("radicalisation", "Radicalisation"))
        .risk(new Risk("sexual-abuse", "Sexual Abuse", List.of(), InlineText.parse("Including the sharing of indecent images of children.")))
        .contact(Contact.builder("police", "West Midlands Police").emergency(true).phone("999").build())
        .contact(Contact.builder("children", "Children").organisation("Dudley Safeguarding").phone("0300 555 0050").website("http://safeguarding.dudley.gov.uk").build())
        .contact(Contact.builder("adults", "Adults").organisation("Dudley Safeguarding").phone("0300 555 0055").website("http://safeguarding.dudley.gov.uk").build())
        .glossary("County Lines",
            "When criminal gangs make children or adults at risk carry and sell drugs for them, often in other towns. The gang takes orders for drugs on a mobile phone line, called a 'line'.")
        .glossary("CSE",
            "Child sexual exploitation: when a child or young person is tricked, pressured or forced into sexual activity, often in return for something such as gifts, money, drugs or attention.")
        .glossary("Forced Marriage",
            "A marriage where one or both people do not agree, or are not able to agree, to the marriage and are pressured or forced into it. It is against the law.")
        .glossary("Grooming",
            "When someone makes friends with a person and builds up their trust so that they can abuse or exploit them later. It can happen online or face to face.")
        .glossary("Honour Based Abuse",
            "Abuse, often by family members, to punish a person for bringing what the family sees as shame on the family or community.")
        .glossary("Modern Slavery",
            "When a person is forced, tricked or threatened into working or doing things for someone else and is not free to leave. It includes human trafficking.")
        .glossary("Radicalisation",
            "When someone is persuaded or pressured to support extreme ideas, which can lead to hate, violence or terrorism.")
        .section(section1())
        .section(section2())
        .section(section3())
        .section(section4())
        .section(section5())
        .section(section6())
        .section(section7())
        .build();
  }

  private static Section section1() {
    return Section.builder("Online Risks and Harms")
        .pictogram(Pictogram.INTERNET)
        .paragraph("Online risks and harms span across the majority of 'traditional' safeguarding and exploitation concerns; much of the abuse that plays out online will also be against the law.")
        .paragraph("The internet and new technologies should be seen as a positive development, however, as with 'offline' life, there can be risks to those who use it.")
        .paragraph("People intent on harming, exploiting or abusing others now have more ways of doing so and individuals can be exposed to online harms 24/7 wherever they are.")
        .easyRead("The internet can be good for everyone.", Pictogram.INTERNET)
        .easyRead("Some people use the internet to hurt others.", Pictogram.WARNING)
        .easyRead("Harm online can happen 24 hours a day, 7 days a week.", Pictogram.WARNING)
        .easyRead("Abuse online is often against the law.", Pictogram.LAW)
        .build();
  }
  private static Section section2() {
    return Section.builder("What are the risks?")
        .pictogram(Pictogram.WARNING)
        .paragraph("This abuse is not limited to children. Adults are also at risk of harm online, including, but not limited to: Bullying; Domestic Abuse (including Stalking, Honour Based Abuse and Forced Marriage); Hate Crime; Frauds and Scams; Modern Slavery (including CSE and County Lines); Radicalisation and Sexual Abuse, including the sharing of indecent images of children.")
        .add(new RisksBlock(List.of("bullying", "domestic-abuse", "hate-crime", "frauds-and-scams", "modern-slavery", "radicalisation", "sexual-abuse"),
            InlineText.parse("Risks of harm online include:")))
        .paragraph("Online risks can also be associated with gaming, gambling and negative impacts on Emotional Health and Wellbeing.")
        .easyRead("Online harm can happen to children and adults.", Pictogram.PEOPLE)
        .easyRead("Bullying and hate crime can happen online.", Pictogram.WARNING)
        .easyRead("Criminals can trick people out of money online.", Pictogram.MONEY)
        .easyRead("Sharing sexual pictures of children is abuse.", Pictogram.CHILD)
        .easyRead("Gaming and gambling online can cause harm too.", Pictogram.GAME)
        .easyRead("Time online can affect how people feel.", Pictogram.HEART)
        .build();
  }
  private static Section section3() {
    return Section.builder("Online Grooming")
        .pictogram(Pictogram.CHAT)
        .paragraph("Online grooming is where someone makes friends with an individual (of any age) via the internet, for example, through social media, dating sites or gaming platforms and builds up their trust with the intention of exploiting them and causing them harm. Online grooming techniques can result in harming individuals both on and offline, not just in relation to sexual abuse but also financial abuse or as part of the radicalisation process, among others.")
        .easyRead("Some people groom others on the internet.", Pictogram.INTERNET)
        .easyRead("Grooming means making friends with someone in order to harm them.", Pictogram.CHAT)
        .easyRead("These people use social media, dating sites and online games.", Pictogram.GAME)
        .easyRead("Grooming can happen to people of any age.", Pictogram.PEOPLE)
        .easyRead("Grooming can lead to harm online and in real life.", Pictogram.WARNING)
        .easyRead("Grooming can lead to sexual abuse, loss of money or extreme ideas.", Pictogram.WARNING)
        .build();
  }
  private static Section section4() {
    return Section.builder("Response")
        .pictogram(Pictogram.HELP)
        .paragraph("It is easy to think that to take away access to the internet would be the best solution to protect a child or adult that has been harmed, is at risk of harm or when something goes wrong online. However, we also need to understand that the internet has also become one of the main vehicles for communicating with friends, family and other support systems. Individuals should be supported and shown how to use the internet safely.")
        .easyRead("Taking the internet away is not always the best answer.", Pictogram.INTERNET)
        .easyRead("The internet helps people talk to friends and family.", Pictogram.CHAT)
        .easyRead("The internet can also help people find support.", Pictogram.HELP)
        .easyRead("Show people how to use the internet safely.", Pictogram.INFORMATION)
        .build();
  }
  private static Section section5() {
    return Section.builder("The Law")
        .pictogram(Pictogram.LAW)
        .paragraph("Things that are illegal offline are also illegal online: This can often be overlooked, or assumed that illegal online behaviour may not be identified or followed up. Various legislation is in place that can be used when an online crime has been committed. Crimes can include exploitation; harassment; hate crime; fraud; grooming; and illegal file sharing (including child abuse images) amongst others. The Police and other enforcement agencies WILL investigate and prosecute as appropriate, should illegal online behaviour come to their attention")
        .easyRead("The same laws apply online and offline.", Pictogram.LAW)
        .easyRead("Online crimes include hate crime, scams and grooming.", Pictogram.WARNING)
        .easyRead("Sharing pictures of child abuse is a crime.", Pictogram.CHILD)
        .easyRead("The police will look into online crimes.", Pictogram.POLICE)
        .easyRead("The police can take criminals to court.", Pictogram.LAW)
        .build();
  }
  private static Section section6() {
    return Section.builder("Reporting")
        .pictogram(Pictogram.PHONE)
        .paragraph("If you are concerned that somebody is a risk:")
        .add(ContactsBlock.of("police", "children", "adults"))
        .add(Callout.urgent("In an emergency, call West Midlands Police on 999."))
        .easyRead("You can report worries about a person by phone.", Pictogram.PHONE)
        .easyRead("In an emergency, call West Midlands Police on 999.", Pictogram.POLICE)
        .easyRead("For worries about a child, call Dudley Safeguarding on 0300 555 0050.", Pictogram.CHILD)
        .easyRead("For worries about an adult, call Dudley Safeguarding on 0300 555 0055.", Pictogram.ADULT)
        .easyRead("You can also visit the [Dudley Safeguarding website](http://safeguarding.dudley.gov.uk).", Pictogram.INFORMATION)
        .build();
  }
  private static Section section7() {
    return Section.builder("What to do next")
        .pictogram(Pictogram.NEXT)
        .paragraph("For information and advice on Online Risks and Harms please visit: <http://www.dudleysafeandsound.org/online-safety.html>")
        .paragraph("Visit our [Learning Zone](http://safeguarding.dudley.gov.uk) to see our selection of briefings and more.")
        .easyRead("Visit [Dudley Safe and Sound](http://www.dudleysafeandsound.org/online-safety.html) to learn about online safety.", Pictogram.INTERNET)
        .easyRead("Find more guides like this in the [Learning Zone](http://safeguarding.dudley.gov.uk).", Pictogram.INFORMATION)
        .easyRead("Share this bulletin with your team.", Pictogram.PEOPLE)
        .build();
  }
}
