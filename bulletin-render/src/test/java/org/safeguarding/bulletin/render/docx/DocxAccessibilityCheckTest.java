package org.safeguarding.bulletin.render.docx;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.render.pictogram.PictogramSet;
import org.safeguarding.bulletin.verify.docx.DocxAccessibilityCheck;

/** The check itself finds what it looks for, in a document made the careless way with plain POI. */
class DocxAccessibilityCheckTest {

  @Test
  void findsEveryKindOfProblemInACarelessDocument() throws Exception {
    byte[] careless;
    try (XWPFDocument doc = new XWPFDocument()) {
      POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
      core.setTitle("Wrong title");
      doc.createStyles();
      XWPFParagraph p = doc.createParagraph();
      p.setAlignment(ParagraphAlignment.BOTH);
      XWPFRun run = p.createRun();
      run.setText("Slanted   and underlined");
      run.setItalic(true);
      run.setUnderline(UnderlinePatterns.SINGLE);
      run.setFontSize(11);
      doc.createParagraph();
      XWPFRun picture = doc.createParagraph().createRun();
      picture.addPicture(new ByteArrayInputStream(PictogramSet.builtIn().picture(Pictogram.HOME).png()),
          PictureType.PNG, "home.png", 100, 100);
      doc.createTable(2, 2).getRow(0).getCell(0).setText("x");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.write(out);
      careless = out.toByteArray();
    }

    assertThat(DocxAccessibilityCheck.problems(careless, "Right title", "en-GB"))
        .anyMatch(s -> s.startsWith("core.xml dc:title"))
        .anyMatch(s -> s.startsWith("docDefaults w:lang"))
        .anyMatch(s -> s.startsWith("docDefaults w:sz"))
        .anyMatch(s -> s.contains("italic"))
        .anyMatch(s -> s.contains("justified"))
        .anyMatch(s -> s.contains("underlined text that is not a link"))
        .anyMatch(s -> s.contains("smaller than 14 pt"))
        .anyMatch(s -> s.contains("has no w:lang"))
        .anyMatch(s -> s.contains("three spaces"))
        .anyMatch(s -> s.startsWith("empty paragraph"))
        .anyMatch(s -> s.contains("alt text 'home.png'"))
        .anyMatch(s -> s.startsWith("no heading"))
        .anyMatch(s -> s.startsWith("table is neither"));
  }
}
