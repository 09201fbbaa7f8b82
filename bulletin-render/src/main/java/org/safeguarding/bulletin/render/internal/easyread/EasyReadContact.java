package org.safeguarding.bulletin.render.internal.easyread;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.PhoneNumber;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.render.internal.ContactDetail;

/**
 * A contact as the "Who to contact" part shows it, beside its picture: the word "Emergency" if it is
 * one, its name, its phone number (shown large) and its other details, each labelled.
 *
 * @param picture the picture: a telephone, the internet or a conversation
 * @param emergency the word that marks an emergency contact, in the library's words; none for others
 * @param name who the contact is, in full
 * @param phone its phone number, if it has one
 * @param details who it is for, when it is open, its website and its email address, as it has them
 */
public record EasyReadContact(Pictogram picture, @Nullable String emergency, String name, @Nullable PhoneNumber phone,
    List<ContactDetail> details) {
  /** Copies the details. */
  public EasyReadContact {
    Objects.requireNonNull(picture, "picture");
    Objects.requireNonNull(name, "name");
    details = List.copyOf(details);
  }
}
