package org.safeguarding.bulletin.render.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * WCAG 2.2 contrast: the relative luminance of an sRGB colour and the ratio between two colours,
 * as defined under "contrast ratio" and "relative luminance" in the WCAG 2.2 glossary.
 */
public final class Contrast {
  /** What normal text needs (success criterion 1.4.3). */
  public static final double TEXT = 4.5;
  /** What user interface parts and graphics need (success criterion 1.4.11). */
  public static final double NON_TEXT = 3.0;

  private Contrast() {}

  /** The contrast ratio of two {@code #rrggbb} colours, from 1 to 21. */
  public static double ratio(String first, String second) {
    double a = luminance(first);
    double b = luminance(second);
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
  }

  /** The relative luminance of a {@code #rrggbb} colour, from 0 (black) to 1 (white). */
  public static double luminance(String colour) {
    int rgb = Integer.parseInt(colour.substring(1), 16);
    return 0.2126 * channel(rgb >> 16) + 0.7152 * channel(rgb >> 8) + 0.0722 * channel(rgb);
  }

  /** A ratio as people read it, rounded down so that a failing ratio never shows as passing: "4.49:1". */
  public static String format(double ratio) {
    return BigDecimal.valueOf(ratio).setScale(2, RoundingMode.FLOOR).toPlainString() + ":1";
  }

  private static double channel(int value) {
    double c = (value & 0xff) / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }
}
