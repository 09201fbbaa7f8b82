package org.safeguarding.bulletin.render;

import java.util.Locale;

/** What a colour of a {@link Palette} is used for. Each output names them the same way. */
public enum ColourRole {
  /** Body text. */
  TEXT,
  /** Less prominent text: dates, labels, who a contact is for. */
  SECONDARY_TEXT,
  /** The page. */
  BACKGROUND,
  /** Boxes on the page: the contacts box, notes, the glossary. */
  SURFACE,
  /** The header band and the section number badges. */
  BRAND,
  /** Text on {@link #BRAND}. */
  ON_BRAND,
  /** Borders and rules; needs 3:1 against the background. */
  ACCENT,
  /** Links. */
  LINK,
  /** The band of an urgent callout and the mark of emergency contacts. */
  URGENT,
  /** Text on {@link #URGENT}. */
  ON_URGENT,
  /** The inside of an urgent callout. */
  URGENT_SURFACE,
  /** The background of whatever has keyboard focus. */
  FOCUS,
  /** Text on {@link #FOCUS}. */
  ON_FOCUS;

  /** The role's name in style sheets, for example {@code on-brand}. */
  public String cssName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
