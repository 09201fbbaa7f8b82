package org.safeguarding.bulletin.model;

import static org.safeguarding.bulletin.internal.Checks.requireProse;
import static org.safeguarding.bulletin.internal.Checks.requireSlug;

import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.Nfc;
import org.safeguarding.bulletin.internal.Quote;

/**
 * Someone to contact: a service, a team or a helpline.
 *
 * @param id a slug, unique among the bulletin's contacts, that {@link ContactsBlock}s refer to
 * @param name who the contact is, for example "West Midlands Police" or "Children"
 * @param organisation the organisation it belongs to, if the name alone does not say
 * @param audience who it is for
 * @param hours when it answers, for example "Monday to Friday, 9am to 5pm"
 * @param emergency whether it is for emergencies (shown first and most prominently)
 * @param phone its phone number
 * @param website its web address
 * @param email its email address
 */
public record Contact(
    String id,
    String name,
    @Nullable String organisation,
    @Nullable String audience,
    @Nullable String hours,
    boolean emergency,
    @Nullable PhoneNumber phone,
    @Nullable String website,
    @Nullable String email) {

  /** Checks the id and name, and that there is at least one way to make contact. */
  public Contact {
    requireSlug(id, "id");
    name = requireProse(name, "name");
    organisation = Nfc.ofNullable(organisation);
    audience = Nfc.ofNullable(audience);
    hours = Nfc.ofNullable(hours);
    if (phone == null && website == null && email == null) {
      throw new IllegalArgumentException(
          "contact " + Quote.of(id) + ": needs at least one of phone, website or email");
    }
  }

  /** A new builder for a contact with this id and name. */
  public static Builder builder(String id, String name) {
    return new Builder(id, name);
  }

  /** Builds a {@link Contact}. Phone numbers are read in region GB unless told otherwise. */
  public static final class Builder {
    private final String id;
    private final String name;
    private @Nullable String organisation;
    private @Nullable String audience;
    private @Nullable String hours;
    private boolean emergency;
    private @Nullable PhoneNumber phone;
    private @Nullable String website;
    private @Nullable String email;

    private Builder(String id, String name) {
      this.id = Objects.requireNonNull(id, "id");
      this.name = Objects.requireNonNull(name, "name");
    }

    /** The organisation; none by default. */
    public Builder organisation(String organisation) {
      this.organisation = organisation;
      return this;
    }

    /** Who the contact is for; not said by default. */
    public Builder audience(String audience) {
      this.audience = audience;
      return this;
    }

    /** Opening hours; not said by default. */
    public Builder hours(String hours) {
      this.hours = hours;
      return this;
    }

    /** Marks the contact as an emergency service; {@code false} by default. */
    public Builder emergency(boolean emergency) {
      this.emergency = emergency;
      return this;
    }

    /**
     * The phone number, read as a UK number.
     *
     * @throws IllegalArgumentException if it is not a valid UK number or short code
     */
    public Builder phone(String number) {
      return phone(number, "GB");
    }

    /**
     * The phone number, read in the given region.
     *
     * @throws IllegalArgumentException if it is not a valid number or short code there
     */
    public Builder phone(String number, String region) {
      this.phone = PhoneNumber.parse(number, region);
      return this;
    }

    /** The web address; none by default. */
    public Builder website(String website) {
      this.website = website;
      return this;
    }

    /** The email address; none by default. */
    public Builder email(String email) {
      this.email = email;
      return this;
    }

    /**
     * Builds the contact.
     *
     * @throws IllegalArgumentException if the id is not a slug, the name is blank, or there is no
     *     phone, website or email
     */
    public Contact build() {
      return new Contact(id, name, organisation, audience, hours, emergency, phone, website, email);
    }
  }
}
