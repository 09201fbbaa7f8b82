package org.safeguarding.bulletin.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.safeguarding.bulletin.wording.Wordings;

/**
 * A picture from the library's built-in set, named in the JSON format by its lower-case name (words
 * joined by hyphens, for example {@code mobile-phone}).
 *
 * <p>Each pictogram has its own alternative text, written to be read aloud in place of the picture,
 * in each language the library has wording in ({@link org.safeguarding.bulletin.wording.Wording#altText}):
 * {@link #altText()} is the English one. The first sixteen are the set of format version 1's first
 * builds; the others follow, grouped by what they mean.
 */
public enum Pictogram {
  INTERNET,
  WARNING,
  PEOPLE,
  CHILD,
  ADULT,
  LAW,
  POLICE,
  PHONE,
  HELP,
  INFORMATION,
  HOME,
  MONEY,
  GAME,
  CHAT,
  HEART,
  NEXT,
  FAMILY,
  BABY,
  OLDER_PERSON,
  DISABILITY,
  STRANGER,
  DOCTOR,
  MEDICINE,
  HURT,
  MIND,
  SCHOOL,
  BOOK,
  COMPUTER,
  MOBILE_PHONE,
  CAMERA,
  PHOTO,
  EMAIL,
  WEBSITE,
  SHARE,
  DELETE,
  SETTINGS,
  LOCK,
  SECRET,
  SAFE,
  STOP,
  YES,
  NO,
  REPORT,
  COURT,
  TALK,
  LISTEN,
  QUESTION,
  HAPPY,
  SAD,
  WORRIED,
  CALENDAR,
  TIME,
  PLACE,
  CAR,
  BUS,
  DOOR,
  KEY,
  FOOD,
  SLEEP,
  ALCOHOL;

  /**
   * Every name, joined once: each pictogram a bulletin names is read with them at hand for the error
   * message, and joining them each time was a tenth of the time reading the example took.
   */
  private static final String KNOWN_NAMES =
      Arrays.stream(values()).map(Pictogram::jsonName).collect(Collectors.joining(", "));

  private final String jsonName = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The name used in the JSON format, for example {@code internet} or {@code mobile-phone}. */
  public String jsonName() {
    return jsonName;
  }

  /**
   * The English text that stands in for the picture for people who cannot see it; outputs use the
   * text in the bulletin's language ({@link org.safeguarding.bulletin.wording.Wording#altText}).
   */
  public String altText() {
    return Wordings.builtIn().forLanguage("en").altText(this);
  }

  /** The pictogram called {@code name} in the JSON format, if there is one. */
  public static Optional<Pictogram> fromJsonName(String name) {
    return Arrays.stream(values()).filter(p -> p.jsonName.equals(name)).findFirst();
  }

  /** Every built-in name, comma separated, for error messages. */
  public static String knownNames() {
    return KNOWN_NAMES;
  }
}
