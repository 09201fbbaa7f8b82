package org.safeguarding.bulletin.verify;

import java.util.List;

/**
 * What no validator checks: for each kind of file, the checks a person still has to make, from
 * the Matterhorn Protocol 1.1's human checks (PDF) and WCAG 2.2's manual checks (HTML, DOCX) that
 * apply to a bulletin. A fixed list; the report names it so that nobody takes "passed" for more.
 */
final class ManualChecks {
  private static final String ALT_TEXT = "Each picture's alternative text says what the picture shows and means "
      + "here (WCAG 1.1.1)";
  private static final String COLOUR = "Colour is not the only way anything is shown (WCAG 1.4.1";
  private static final String HEADINGS = "Each heading describes the part it starts (WCAG 2.4.6)";
  private static final String LINKS = "Each link's text says where the link goes (WCAG 2.4.4)";
  private static final String LANGUAGE = "Each passage in another language is marked with it (WCAG 3.1.2";

  private ManualChecks() {}

  /** The checks a person still has to make of a file of this kind. */
  static List<String> of(FileKind kind) {
    return switch (kind) {
      case PDF -> List.of(
          "The alternative text of each Figure describes the picture (Matterhorn 13-004)",
          "The reading order of the tags is the order in which the page makes sense (Matterhorn 09-001)",
          "Each heading tag's level matches the document's structure (Matterhorn 14-002)",
          COLOUR + ", Matterhorn 04-001)",
          "Content marked as an artifact is really decoration (Matterhorn 01-001)",
          LANGUAGE + ", Matterhorn 11-001)");
      case HTML -> List.of(ALT_TEXT, "The reading and focus order make sense (WCAG 1.3.2, 2.4.3)", HEADINGS,
          LINKS, COLOUR + ")", LANGUAGE + ")", "The page reads well at 400% zoom and with larger text spacing (WCAG 1.4.10, 1.4.12)");
      case DOCX -> List.of(ALT_TEXT, "The order of the text makes sense when read aloud (WCAG 1.3.2)", HEADINGS,
          LINKS, COLOUR + ")", "The Easy Read pictures match the sentences beside them");
    };
  }
}
