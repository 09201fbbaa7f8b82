package org.safeguarding.bulletin.render.html;

import org.jsoup.nodes.Element;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.internal.Presentation;

/**
 * Marks the library's own words with their language where the bulletin is in another, so that a
 * screen reader speaks each in its own language (WCAG 2.2 success criterion 3.1.2).
 */
final class Labels {
  private final boolean needLanguage;

  Labels(Bulletin bulletin) {
    this.needLanguage = Presentation.labelsNeedLanguage(bulletin);
  }

  /** Returns {@code element}, marked as in the labels' language where needed. */
  Element mark(Element element) {
    return needLanguage ? element.attr("lang", Presentation.LABEL_LANGUAGE) : element;
  }
}
