package org.safeguarding.bulletin.render.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import javax.xml.namespace.QName;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STUnderline;
import org.safeguarding.bulletin.render.ColourRole;

/**
 * The document's styles: the font, size, text colour and language on the document defaults, and the built-in
 * styles Word's Accessibility Checker looks for ("heading 1" and "heading 2" with outline levels,
 * "Normal Table" for layout tables, "Hyperlink").
 */
final class DocxStyles {
  /** Style ids, as paragraphs and runs name them. */
  static final String HEADING_1 = "Heading1";

  static final String HEADING_2 = "Heading2";

  static final String HYPERLINK = "Hyperlink";

  /** The options {@code XWPFStyles} saves with: POI's, with {@code w:styles} as the root element. */
  private static final XmlOptions SAVE = new XmlOptions(POIXMLTypeLoader.DEFAULT_XML_OPTIONS)
      .setSaveSyntheticDocumentElement(new QName(CTStyles.type.getName().getNamespaceURI(), "styles"));

  private DocxStyles() {}

  /**
   * The styles part for text in {@code language}, as POI's {@code XWPFStyles} would write it: the
   * same for every document of that language and direction, so the renderer keeps it ({@link
   * FixedPart}).
   */
  static byte[] xml(DocxSettings settings, String language, boolean rightToLeft) {
    CTStyles styles = CTStyles.Factory.newInstance();
    docDefaults(styles.addNewDocDefaults(), settings, language, rightToLeft);
    normal(styles.addNewStyle());
    String headingColour = settings.colour(ColourRole.BRAND);
    heading(styles.addNewStyle(), 1, settings.titleSize(), 0, 240, headingColour);
    heading(styles.addNewStyle(), 2, settings.headingSize(), 360, 160, headingColour);
    tableNormal(styles.addNewStyle());
    hyperlink(styles.addNewStyle(), settings.colour(ColourRole.LINK));
    ByteArrayOutputStream xml = new ByteArrayOutputStream(2048);
    try {
      styles.save(xml, SAVE);
    } catch (IOException e) {
      throw new UncheckedIOException("a byte array cannot fail", e);
    }
    return xml.toByteArray();
  }

  private static void docDefaults(CTDocDefaults defaults, DocxSettings settings, String language, boolean rtl) {
    CTRPr run = defaults.addNewRPrDefault().addNewRPr();
    fonts(run.addNewRFonts(), settings.font());
    run.addNewSz().setVal(halfPoints(settings.bodySize()));
    run.addNewSzCs().setVal(halfPoints(settings.bodySize()));
    run.addNewColor().setVal(settings.colour(ColourRole.TEXT));
    CTLanguage lang = run.addNewLang();
    lang.setVal(language);
    lang.setEastAsia(language);
    if (rtl) {
      lang.setBidi(language);
    }
    CTSpacing spacing = defaults.addNewPPrDefault().addNewPPr().addNewSpacing();
    spacing.setAfter(BigInteger.valueOf(Units.SPACE_AFTER));
    spacing.setLine(BigInteger.valueOf(Units.LINE_SPACING));
    spacing.setLineRule(STLineSpacingRule.AUTO);
  }

  private static void fonts(CTFonts fonts, String font) {
    fonts.setAscii(font);
    fonts.setHAnsi(font);
    fonts.setCs(font);
    fonts.setEastAsia(font);
  }

  private static void normal(CTStyle style) {
    style.setType(STStyleType.PARAGRAPH);
    style.setStyleId("Normal");
    style.setDefault(true);
    style.addNewName().setVal("Normal");
    style.addNewQFormat();
  }

  private static void heading(CTStyle style, int level, int size, int before, int after, String colour) {
    style.setType(STStyleType.PARAGRAPH);
    style.setStyleId("Heading" + level);
    style.addNewName().setVal("heading " + level);
    style.addNewBasedOn().setVal("Normal");
    style.addNewNext().setVal("Normal");
    style.addNewUiPriority().setVal(BigInteger.valueOf(9));
    style.addNewQFormat();
    CTPPrGeneral paragraph = style.addNewPPr();
    paragraph.addNewKeepNext();
    paragraph.addNewKeepLines();
    CTSpacing spacing = paragraph.addNewSpacing();
    spacing.setBefore(BigInteger.valueOf(before));
    spacing.setAfter(BigInteger.valueOf(after));
    spacing.setLine(BigInteger.valueOf(276));
    spacing.setLineRule(STLineSpacingRule.AUTO);
    paragraph.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1L));
    CTRPr run = style.addNewRPr();
    run.addNewB();
    run.addNewBCs();
    run.addNewColor().setVal(colour);
    run.addNewSz().setVal(halfPoints(size));
    run.addNewSzCs().setVal(halfPoints(size));
  }

  private static void tableNormal(CTStyle style) {
    style.setType(STStyleType.TABLE);
    style.setStyleId("TableNormal");
    style.setDefault(true);
    style.addNewName().setVal("Normal Table");
    style.addNewUiPriority().setVal(BigInteger.valueOf(99));
    style.addNewSemiHidden();
    style.addNewUnhideWhenUsed();
  }

  private static void hyperlink(CTStyle style, String colour) {
    style.setType(STStyleType.CHARACTER);
    style.setStyleId(HYPERLINK);
    style.addNewName().setVal("Hyperlink");
    style.addNewUiPriority().setVal(BigInteger.valueOf(99));
    style.addNewUnhideWhenUsed();
    CTRPr run = style.addNewRPr();
    run.addNewColor().setVal(colour);
    run.addNewU().setVal(STUnderline.SINGLE);
  }

  /** A size in points as Word's half-points. */
  static BigInteger halfPoints(int points) {
    return BigInteger.valueOf(points * 2L);
  }
}
