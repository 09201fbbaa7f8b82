package org.safeguarding.bulletin.render.internal.page;

import org.jsoup.nodes.Element;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.internal.Presentation;
import org.safeguarding.bulletin.wording.Word;
import org.safeguarding.bulletin.wording.Wording;

/**
 * The library's own words on a page, and their marking with their language where the bulletin is
 * in another (English where the library has no wording in the bulletin's language), so that a
 * screen reader speaks each in its own language (WCAG 2.2 success criterion 3.1.2).
 */
final class Labels {
  private final Wording wording;
  private final boolean needLanguage;

  Labels(Bulletin bulletin, Wording wording) {
    this.wording = wording;
    this.needLanguage = Presentation.labelsNeedLanguage(bulletin, wording);
  }

  /** The words the page is written with. */
  Wording wording() {
    return wording;
  }

  /** The phrase for {@code word}, with {@code arguments} filled in. */
  String get(Word word, Object... arguments) {
    return wording.get(word, arguments);
  }

  /** Returns {@code element}, marked as in the labels' language where needed. */
  Element mark(Element element) {
    return needLanguage ? element.attr("lang", wording.language()) : element;
  }
}
