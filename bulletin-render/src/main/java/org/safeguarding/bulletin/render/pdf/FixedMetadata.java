package org.safeguarding.bulletin.render.pdf;

import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * Makes a PDF repeatable: the engine stamps the time of rendering and PDFBox a random document ID,
 * so both are replaced, by the bulletin's date (midnight UTC) and an ID made from the page itself.
 */
final class FixedMetadata {
  private static final Pattern CREATE_DATE = Pattern.compile("(<xmp:CreateDate>)[^<]*(</xmp:CreateDate>)");
  private static final DateTimeFormatter XMP_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssXXX");

  private FixedMetadata() {}

  /** Sets the dates in the information dictionary and the XMP metadata, and the document ID. */
  static void apply(PDDocument pdf, LocalDate date, byte[] id) throws IOException {
    Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    calendar.clear();
    calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth());
    pdf.getDocumentInformation().setCreationDate(calendar);
    PDMetadata metadata = pdf.getDocumentCatalog().getMetadata();
    if (metadata != null) {
      String xmp = new String(metadata.toByteArray(), StandardCharsets.UTF_8);
      Matcher m = CREATE_DATE.matcher(xmp);
      if (!m.find()) {
        throw new IllegalStateException("the engine's XMP metadata has no xmp:CreateDate to fix");
      }
      String stamp = date.atStartOfDay().atOffset(ZoneOffset.UTC).format(XMP_DATE);
      metadata.importXMPMetadata(m.replaceFirst("$1" + stamp + "$2").getBytes(StandardCharsets.UTF_8));
    }
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    pdf.getDocument().getTrailer().setItem(COSName.ID, ids);
  }
}
