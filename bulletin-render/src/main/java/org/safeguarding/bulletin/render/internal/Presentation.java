package org.safeguarding.bulletin.render.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.safeguarding.bulletin.model.Alternate;
import org.safeguarding.bulletin.model.AlternativeFormats;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.CalloutTone;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.RisksBlock;
import org.safeguarding.bulletin.wording.Word;
import org.safeguarding.bulletin.wording.Wording;

/**
 * What every output says the same way, decided once: section numbers, the order of contacts, and
 * the library's own words around the bulletin's (labels such as "Urgent", "Call … on …"), in the
 * language of a {@link Wording}.
 */
public final class Presentation {
  private Presentation() {}

  /** Whether the library's words are in another language than {@code bulletin}'s, so must be marked. */
  public static boolean labelsNeedLanguage(Bulletin bulletin, Wording wording) {
    return !Locale.forLanguageTag(bulletin.language()).getLanguage().equals(wording.language());
  }

  /** The date of publication as people read it, in the wording's language: "27 November 2026". */
  public static String date(Wording wording, LocalDate date) {
    return wording.date(date);
  }

  /**
   * A language's own name for itself, from the JDK's CLDR data, with a capital where its script has
   * one: "Cymraeg" for {@code cy}, "Polski" for {@code pl}. The tag itself where no name is known.
   */
  public static String languageName(String tag) {
    Locale locale = Locale.forLanguageTag(tag);
    String name = locale.getDisplayLanguage(locale);
    if (name.isEmpty() || name.equals(locale.getLanguage())) {
      return tag;
    }
    int first = name.codePointAt(0);
    return new String(Character.toChars(first)).toUpperCase(locale) + name.substring(Character.charCount(first));
  }

  /** What says where a language version is: its language's own name and its title, "Cymraeg: Risgiau Ar-lein". */
  public static String alternateLine(Alternate alternate) {
    return languageName(alternate.language()) + ": " + alternate.title();
  }

  /** The label that a callout starts with: "Urgent" or "Note". */
  public static String calloutLabel(Wording wording, CalloutTone tone) {
    return wording.get(switch (tone) {
      case URGENT -> Word.URGENT;
      case INFO -> Word.NOTE;
    });
  }

  /**
   * A contact's details other than its phone number, labelled and in the order shown: who it is
   * for, when it is open, its website and its email address.
   */
  public static List<ContactDetail> details(Wording wording, Contact contact) {
    List<ContactDetail> details = new ArrayList<>();
    if (contact.audience() != null) {
      details.add(new ContactDetail(wording.get(Word.FOR), contact.audience(), null));
    }
    if (contact.hours() != null) {
      details.add(new ContactDetail(wording.get(Word.OPEN), contact.hours(), null));
    }
    if (contact.website() != null) {
      details.add(new ContactDetail(wording.get(Word.WEBSITE), withoutScheme(contact.website()), contact.website()));
    }
    if (contact.email() != null) {
      details.add(new ContactDetail(wording.get(Word.EMAIL), contact.email(), "mailto:" + contact.email()));
    }
    return List.copyOf(details);
  }

  /** A web address as people read it: "www.nspcc.org.uk" for "https://www.nspcc.org.uk/". */
  public static String withoutScheme(String url) {
    String shown = url.replaceFirst("^https?://", "");
    return shown.endsWith("/") && shown.indexOf('/') == shown.length() - 1
        ? shown.substring(0, shown.length() - 1)
        : shown;
  }

  /** The number of the section at {@code index} (0-based), as shown: "1", "2" … */
  public static String sectionNumber(int index) {
    return Integer.toString(index + 1);
  }

  /** The risks a block names, in its order. Assumes a valid bulletin. */
  public static List<Risk> risks(Bulletin bulletin, RisksBlock block) {
    return block.refs().stream().map(id -> bulletin.risk(id).orElseThrow()).toList();
  }

  /** The contacts a block names, emergency contacts first, otherwise in the block's order. */
  public static List<Contact> contacts(Bulletin bulletin, ContactsBlock block) {
    return emergencyFirst(block.refs().stream().map(id -> bulletin.contact(id).orElseThrow()).toList());
  }

  /** {@code contacts} with the emergency ones first; the order is otherwise kept. */
  public static List<Contact> emergencyFirst(List<Contact> contacts) {
    List<Contact> sorted = new ArrayList<>(contacts);
    sorted.sort(Comparator.comparing(c -> !c.emergency()));
    return List.copyOf(sorted);
  }

  /** Who the contact is, in full: "Dudley Safeguarding: Children", or just "West Midlands Police". */
  public static String contactName(Contact contact) {
    return contact.organisation() == null ? contact.name() : contact.organisation() + ": " + contact.name();
  }

  /** The words on a phone link, saying who it reaches: "Call West Midlands Police on 999". */
  public static String callLabel(Wording wording, Contact contact) {
    return wording.get(Word.CALL, who(contact), contact.phone().display());
  }

  /**
   * The words of a phone link around its number, so that the number can be set large whatever the
   * language's word order: "Call West Midlands Police on " and "".
   */
  public static List<String> callAround(Wording wording, Contact contact) {
    return wording.around(Word.CALL, 1, who(contact), contact.phone().display());
  }

  /**
   * A contact named in passing (where to ask for another format), as parts to show in order: the
   * call label, which names the contact, or else the contact's name as plain text (no target); then
   * the email address and the website as links.
   */
  public static List<ContactDetail> inPassing(Wording wording, Contact contact) {
    List<ContactDetail> parts = new ArrayList<>();
    if (contact.phone() != null) {
      parts.add(new ContactDetail("Phone", callLabel(wording, contact), contact.phone().telUri()));
    } else {
      parts.add(new ContactDetail("Name", contactName(contact), null));
    }
    if (contact.email() != null) {
      parts.add(new ContactDetail(wording.get(Word.EMAIL), contact.email(), "mailto:" + contact.email()));
    }
    if (contact.website() != null) {
      parts.add(new ContactDetail(wording.get(Word.WEBSITE), withoutScheme(contact.website()), contact.website()));
    }
    return List.copyOf(parts);
  }

  /** The contact to ask for another format, if the bulletin names one. */
  public static Optional<Contact> alternativeFormatsContact(Bulletin bulletin) {
    AlternativeFormats formats = bulletin.alternativeFormats();
    return formats == null || formats.contact() == null ? Optional.empty()
        : bulletin.contact(formats.contact());
  }

  /** Who a phone number reaches: "West Midlands Police", or "Dudley Safeguarding (Children)". */
  private static String who(Contact contact) {
    if (contact.phone() == null) {
      throw new IllegalArgumentException("contact '" + contact.id() + "' has no phone number");
    }
    return contact.organisation() == null ? contact.name() : contact.organisation() + " (" + contact.name() + ")";
  }

  /** The words that introduce a risk's sub-list: "Domestic Abuse includes:". */
  public static String includesLabel(Wording wording, Risk risk) {
    return wording.get(Word.INCLUDES, risk.name());
  }

  /** A risk in one sentence: "Domestic Abuse includes Stalking, Honour Based Abuse and Forced Marriage." */
  public static String riskLine(Wording wording, Risk risk) {
    return risk.includes().isEmpty() ? risk.name() + "."
        : wording.get(Word.RISK_LINE, risk.name(), wording.list(risk.includes()));
  }

  /** The picture beside a contact: a telephone where it has a number, else the internet or a conversation. */
  public static Pictogram contactPictogram(Contact contact) {
    if (contact.phone() != null) {
      return Pictogram.PHONE;
    }
    return contact.website() != null ? Pictogram.INTERNET : Pictogram.CHAT;
  }
}
