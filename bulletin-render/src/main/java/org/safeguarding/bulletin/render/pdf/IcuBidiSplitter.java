package org.safeguarding.bulletin.render.pdf;

import com.ibm.icu.text.Bidi;
import com.ibm.icu.text.BidiRun;
import com.openhtmltopdf.bidi.BidiSplitter;
import com.openhtmltopdf.bidi.BidiTextRun;

/**
 * Splits a paragraph into runs of one direction for the PDF engine, with ICU4J's implementation of
 * the Unicode Bidirectional Algorithm: a phone number, an e-mail address or an English name in an
 * Arabic sentence is a left-to-right run of its own. One per paragraph, made by the engine through
 * {@code IcuBidiSplitter::new}.
 */
final class IcuBidiSplitter implements BidiSplitter {
  private final Bidi bidi = new Bidi();

  @Override
  public void setParagraph(String paragraph, byte defaultDirection) {
    bidi.setPara(paragraph, defaultDirection, null);
  }

  @Override
  public int countTextRuns() {
    return bidi.countRuns();
  }

  @Override
  public BidiTextRun getVisualRun(int runIndex) {
    BidiRun run = bidi.getVisualRun(runIndex);
    return new BidiTextRun(run.getStart(), run.getLength(), run.getDirection());
  }

  @Override
  public byte getBaseDirection(String paragraph) {
    return Bidi.getBaseDirection(paragraph);
  }
}
