package org.safeguarding.bulletin.render.internal;

import org.safeguarding.bulletin.render.OtherFormat;
import org.safeguarding.bulletin.wording.Word;
import org.safeguarding.bulletin.wording.Wording;

/**
 * The library's words for a bulletin's other files: what each is ("as a PDF"), then its type and
 * size ("(PDF, 182 kB)"), and the line that names the web page ("Web page: …").
 */
public final class OtherFormatWords {
  private OtherFormatWords() {}

  /** What {@code format} is, as its link reads: "as a PDF", "in Easy Read". */
  public static String label(Wording wording, OtherFormat format) {
    return wording.get(switch (format.kind()) {
      case PDF -> Word.OTHER_FORMAT_PDF;
      case EASY_READ_DOCX -> Word.OTHER_FORMAT_EASY_READ;
      case TEXT -> Word.OTHER_FORMAT_TEXT;
      case EASY_READ_HTML -> Word.OTHER_FORMAT_EASY_READ_PAGE;
      case EASY_READ_PDF -> Word.OTHER_FORMAT_EASY_READ_PDF;
    });
  }

  /** The type and size of {@code format}'s file: "(PDF, 182 kB)", "(Word document, 95 kB)". */
  public static String file(Wording wording, OtherFormat format) {
    String type = wording.get(switch (format.kind()) {
      case PDF, EASY_READ_PDF -> Word.FILE_TYPE_PDF;
      case EASY_READ_DOCX -> Word.FILE_TYPE_DOCX;
      case TEXT -> Word.FILE_TYPE_TEXT;
      case EASY_READ_HTML -> Word.FILE_TYPE_HTML;
    });
    return wording.get(Word.OTHER_FORMAT_FILE, type, wording.fileSize(format.bytes()));
  }

  /** The line naming the web page's file: "Web page: online-risks-and-harms.html". */
  public static String page(Wording wording, String page) {
    return wording.get(Word.WEB_PAGE_FILE, page);
  }
}
