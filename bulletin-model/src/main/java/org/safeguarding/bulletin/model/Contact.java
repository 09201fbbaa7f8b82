package org.safeguarding.bulletin.model;

import static org.safeguarding.bulletin.internal.Checks.requireProse;
import static org.safeguarding.bulletin.internal.Checks.requireSlug;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.Nfc;
import org.safeguarding.bulletin.internal.Quote;
import org.safeguarding.bulletin.internal.json.BulletinDraft;

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

  /**
   * Builds a {@link Contact}. The builder keeps every value as given, the phone number as typed:
   * {@link #build()} checks them all and throws a {@link
   * org.safeguarding.bulletin.validate.BulletinInvalidException} listing every problem, each with
   * its path in the contact's JSON object ({@code $.phone}). Given unbuilt to {@link
   * Bulletin.Builder#contact(Builder)}, the contact is built with the bulletin: its phone number is
   * read in the bulletin's region and its problems are reported at {@code $.contacts[i]}.
   */
  public static final class Builder {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String id;
    private final String name;
    private @Nullable String organisation;
    private @Nullable String audience;
    private @Nullable String hours;
    private boolean emergency;
    private @Nullable String phone;
    private String region = "GB";
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
     * The phone number as written, for example "0300 555 0050" or "01 234 5678". It is read when
     * the contact is built: in the bulletin's region if the builder is given to a {@link
     * Bulletin.Builder}, in region GB if {@link #build()} is called alone.
     */
    public Builder phone(String number) {
      this.phone = Objects.requireNonNull(number, "number");
      return this;
    }

    /**
     * The phone number, read in {@code region} when {@link #build()} is called alone.
     *
     * @deprecated a bulletin reads every phone number in its own region, in Java as in JSON, so a
     *     contact given to a {@link Bulletin.Builder} is read there whatever region is given here:
     *     use {@link #phone(String)} and {@link Bulletin.Builder#region(String)}
     */
    @Deprecated
    public Builder phone(String number, String region) {
      this.region = Objects.requireNonNull(region, "region");
      return phone(number);
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
     * Builds the contact, its phone number read in region GB (or the region given with it).
     *
     * @throws org.safeguarding.bulletin.validate.BulletinInvalidException listing every problem,
     *     each with its path in the contact's JSON object: an id that is not a slug, a blank name, a
     *     phone number that is not valid, no phone, website or email
     */
    public Contact build() {
      return BulletinDraft.readContact(json(), region);
    }

    /** The contact as its JSON object, as the format writes it. */
    ObjectNode json() {
      ObjectNode node = NODES.objectNode();
      node.put("id", id);
      node.put("name", name);
      putIfPresent(node, "organisation", organisation);
      putIfPresent(node, "audience", audience);
      putIfPresent(node, "hours", hours);
      if (emergency) {
        node.put("emergency", true);
      }
      putIfPresent(node, "phone", phone);
      putIfPresent(node, "website", website);
      putIfPresent(node, "email", email);
      return node;
    }

    private static void putIfPresent(ObjectNode node, String field, @Nullable String value) {
      if (value != null) {
        node.put(field, value);
      }
    }
  }
}
