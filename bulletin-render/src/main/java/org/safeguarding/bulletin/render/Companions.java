package org.safeguarding.bulletin.render;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The files made together with one output of a bulletin, in the same folder, for that output to
 * point to: the HTML page lists the {@linkplain #others() other files} ("This bulletin is also
 * available: as a PDF (PDF, 182 kB) …"), and the PDF and the Easy Read Word document name the
 * {@linkplain #page() web page}. Given per render, with {@link
 * BulletinRenderer#render(org.safeguarding.bulletin.model.Bulletin, Companions, java.io.OutputStream)}, as each bulletin has its own.
 *
 * @param page the web page's file name ({@code online-risks-and-harms.html}), or {@code null} where
 *     no page was made with the output
 * @param others the other files, in the order the page lists them
 */
public record Companions(@Nullable String page, List<OtherFormat> others) {

  private static final Companions NONE = new Companions(null, List.of());

  /**
   * Copies the list.
   *
   * @throws IllegalArgumentException if {@code page} is blank or names a folder
   */
  public Companions {
    others = List.copyOf(others);
    if (page != null && (page.isBlank() || page.contains("/") || page.contains("\\"))) {
      throw new IllegalArgumentException("page: expected a file name with no folder, found '" + page + "'");
    }
  }

  /** No other files: each output as it is rendered alone. */
  public static Companions none() {
    return NONE;
  }

  /** Whether there is nothing to point to. */
  public boolean isEmpty() {
    return page == null && others.isEmpty();
  }
}
