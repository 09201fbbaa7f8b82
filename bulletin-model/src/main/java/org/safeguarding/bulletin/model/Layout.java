package org.safeguarding.bulletin.model;

import java.util.Arrays;
import java.util.Optional;

/** How a bulletin's sections are arranged. */
public enum Layout {
  /** A "7 minute briefing": exactly seven numbered sections. The default. */
  SEVEN_MINUTE("seven-minute"),
  /** One or more sections. */
  FREE("free");

  private final String jsonName;

  Layout(String jsonName) {
    this.jsonName = jsonName;
  }

  /** The name this layout has in the JSON format, for example {@code seven-minute}. */
  public String jsonName() {
    return jsonName;
  }

  /** The layout whose JSON name is {@code name}, if there is one. */
  public static Optional<Layout> fromJsonName(String name) {
    return Arrays.stream(values()).filter(l -> l.jsonName.equals(name)).findFirst();
  }
}
