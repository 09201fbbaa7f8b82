package org.safeguarding.bulletin.model;

import java.util.Arrays;
import java.util.Optional;

/** How strongly a {@link Callout} asks for attention. */
public enum CalloutTone {
  /** A helpful note. The default. */
  INFO("info"),
  /** Something the reader must not miss, such as what to do in an emergency. */
  URGENT("urgent");

  private final String jsonName;

  CalloutTone(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name this tone has in the JSON format. */
  public String jsonName() {
    return jsonName;
  }

  /** The tone whose JSON name is {@code name}, if there is one. */
  public static Optional<CalloutTone> fromJsonName(String name) {
    return Arrays.stream(values()).filter(t -> t.jsonName.equals(name)).findFirst();
  }
}
