package org.safeguarding.bulletin.render.pdf;

import com.openhtmltopdf.css.sheet.StylesheetInfo;
import com.openhtmltopdf.simple.extend.XhtmlNamespaceHandler;
import org.w3c.dom.Document;

/**
 * The engine's XHTML handling, with the renderer's base style sheet, parsed already, before the
 * page's own {@code <style>} (the running title). One is made for each document.
 */
final class PrintNamespaceHandler extends XhtmlNamespaceHandler {
  private final ParsedStylesheets.Base base;

  PrintNamespaceHandler(ParsedStylesheets.Base base) {
    this.base = base;
  }

  @Override
  public StylesheetInfo[] getStylesheets(Document doc) {
    StylesheetInfo[] own = super.getStylesheets(doc);
    int count = own == null ? 0 : own.length;
    StylesheetInfo[] all = new StylesheetInfo[count + 1];
    all[0] = baseInfo();
    if (own != null) {
      System.arraycopy(own, 0, all, 1, count);
    }
    return all;
  }

  /** A new description each time: the engine writes the resolved address into it. */
  private StylesheetInfo baseInfo() {
    StylesheetInfo info = new StylesheetInfo();
    info.setUri(base.uri());
    info.setType("text/css");
    info.setMedia("all");
    info.setOrigin(StylesheetInfo.AUTHOR);
    info.setStylesheet(base.stylesheet());
    return info;
  }
}
