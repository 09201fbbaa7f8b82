package org.safeguarding.bulletin.render.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.model.Contact;
import org.safeguarding.bulletin.model.ContactsBlock;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.model.Risk;
import org.safeguarding.bulletin.model.RisksBlock;

/**
 * What every output says the same way, decided once: section numbers, the order of contacts, and
 * the words that say who a phone number reaches.
 */
public final class Presentation {
  private Presentation() {}

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
  public static String callLabel(Contact contact) {
    if (contact.phone() == null) {
      throw new IllegalArgumentException("contact '" + contact.id() + "' has no phone number");
    }
    String who = contact.organisation() == null ? contact.name() : contact.organisation() + " (" + contact.name() + ")";
    return "Call " + who + " on " + contact.phone().display();
  }

  /** The words that introduce a risk's sub-list: "Domestic Abuse includes:". */
  public static String includesLabel(Risk risk) {
    return risk.name() + " includes:";
  }

  /** A risk in one sentence: "Domestic Abuse includes Stalking, Honour Based Abuse and Forced Marriage." */
  public static String riskLine(Risk risk) {
    if (risk.includes().isEmpty()) {
      return risk.name() + ".";
    }
    List<String> names = risk.includes();
    String joined = names.size() == 1
        ? names.get(0)
        : String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    return risk.name() + " includes " + joined + ".";
  }

  /** An address as people read it: "www.nspcc.org.uk" for https://www.nspcc.org.uk/, the email for mailto:. */
  public static String address(String uri) {
    String shown = uri.replaceFirst("^(https?://|mailto:|tel:)", "");
    return shown.endsWith("/") ? shown.substring(0, shown.length() - 1) : shown;
  }

  /** The picture beside a contact: a telephone where it has a number, else the internet or a conversation. */
  public static Pictogram contactPictogram(Contact contact) {
    if (contact.phone() != null) {
      return Pictogram.PHONE;
    }
    return contact.website() != null ? Pictogram.INTERNET : Pictogram.CHAT;
  }
}
