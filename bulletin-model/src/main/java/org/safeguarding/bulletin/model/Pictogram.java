package org.safeguarding.bulletin.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A picture from the library's built-in set, named in the JSON format by its lower-case name.
 *
 * <p>Each pictogram has its own alternative text, written to be read aloud in place of the picture.
 */
public enum Pictogram {
  INTERNET("A computer screen showing the internet"),
  WARNING("A warning sign"),
  PEOPLE("A group of people"),
  CHILD("A child"),
  ADULT("An adult"),
  LAW("Scales of justice, meaning the law"),
  POLICE("A police officer"),
  PHONE("A telephone"),
  HELP("A hand reaching out to help"),
  INFORMATION("An information sign"),
  HOME("A house"),
  MONEY("Money"),
  GAME("A games controller"),
  CHAT("Speech bubbles, meaning a conversation"),
  HEART("A heart, meaning feelings and wellbeing"),
  NEXT("An arrow pointing forward, meaning what to do next");

  private final String altText;

  Pictogram(String altText) {
    this.altText = altText;
  }

  /** The name used in the JSON format, for example {@code internet}. */
  public String jsonName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The text that stands in for the picture for people who cannot see it. */
  public String altText() {
    return altText;
  }

  /** The pictogram called {@code name} in the JSON format, if there is one. */
  public static Optional<Pictogram> fromJsonName(String name) {
    return Arrays.stream(values()).filter(p -> p.jsonName().equals(name)).findFirst();
  }

  /** Every built-in name, comma separated, for error messages. */
  public static String knownNames() {
    return Arrays.stream(values()).map(Pictogram::jsonName).collect(Collectors.joining(", "));
  }
}
