package org.safeguarding.bulletin.render.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.openxml4j.opc.internal.MemoryPackagePart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.safeguarding.bulletin.render.RenderException;
import org.safeguarding.bulletin.render.internal.QrCode;
import org.safeguarding.bulletin.render.pictogram.Picture;

/**
 * The pictures of one document, and the QR codes of its web links: each picture's PNG goes into
 * the package once, however often it is shown, and each place it is shown gets an inline drawing,
 * 3 cm square, with the picture's alt text and a drawing id of its own.
 */
final class DocxPictures {
  private static final String PICTURE_NS = WordDocument.NAMESPACES.get("pic");
  private static final String SIZE = Integer.toString(Units.PICTURE_SIZE);
  private static final int NAMES_KEPT = 64;
  private static final List<PackagePartName> PICTURE_NAMES = IntStream.rangeClosed(1, NAMES_KEPT)
      .mapToObj(DocxPictures::knownPartName).toList();

  private final XWPFDocument doc;
  private final WordXml xml;
  private final Map<Picture, String> relationIds = new HashMap<>();
  private final Map<String, String> qrRelationIds = new HashMap<>();
  private long lastId;
  private int parts;

  /** The pictures of {@code doc}, drawn in {@code xml}, its body. */
  DocxPictures(XWPFDocument doc, WordXml xml) {
    this.doc = doc;
    this.xml = xml;
  }

  /** Writes a run showing {@code picture}, 3 cm square, with {@code altText}. */
  void place(Picture picture, String altText) {
    place(relationIds.computeIfAbsent(picture, p -> addData(p.png(), p.name())), picture.name(), altText);
  }

  /** Writes a run showing the QR code of {@code address}, 3 cm square, with {@code altText}. */
  void placeQrCode(String address, String altText) {
    place(qrRelationIds.computeIfAbsent(address, a -> addData(QrCode.png(a), "QR code")), "QR code", altText);
  }

  /**
   * A run with an inline drawing (DrawingML, ECMA-376 Part 1, 20.4.2.8) of the picture that {@code
   * relationId} names, its name and its alt text given twice, as Word writes them: for the drawing
   * and for the picture in it.
   */
  private void place(String relationId, String pictureName, String altText) {
    String id = Long.toString(++lastId);
    String name = "Picture " + id + " (" + pictureName + ")";
    xml.start("w:r").start("w:drawing");
    xml.start("wp:inline").attribute("distT", "0").attribute("distR", "0").attribute("distB", "0")
        .attribute("distL", "0");
    xml.empty("wp:extent").attribute("cx", SIZE).attribute("cy", SIZE);
    xml.empty("wp:docPr").attribute("id", id).attribute("name", name).attribute("descr", altText);
    xml.start("wp:cNvGraphicFramePr").empty("a:graphicFrameLocks", "noChangeAspect", "true").end();
    xml.start("a:graphic").start("a:graphicData").attribute("uri", PICTURE_NS).start("pic:pic");
    xml.start("pic:nvPicPr");
    xml.empty("pic:cNvPr").attribute("id", id).attribute("name", name).attribute("descr", altText);
    xml.start("pic:cNvPicPr").empty("a:picLocks", "noChangeAspect", "true").end();
    xml.end();
    xml.start("pic:blipFill").empty("a:blip", "r:embed", relationId);
    xml.start("a:stretch").empty("a:fillRect").end();
    xml.end();
    xml.start("pic:spPr").start("a:xfrm");
    xml.empty("a:off").attribute("x", "0").attribute("y", "0");
    xml.empty("a:ext").attribute("cx", SIZE).attribute("cy", SIZE);
    xml.end();
    xml.start("a:prstGeom").attribute("prst", "rect").empty("a:avLst").end();
    xml.end();
    xml.end().end().end(); // pic:pic, a:graphicData, a:graphic
    xml.end().end().end(); // wp:inline, w:drawing, w:r
  }

  /**
   * Adds {@code png} to the package as the next picture part ({@code word/media/image3.png}), with
   * a relationship from the main part to it; returns the relationship's id. This is what POI's
   * {@code addPictureData} does for a new picture, without looking for the same bytes among the
   * pictures already added (each is added once here) or trying every part name from the first.
   */
  /**
   * The name of the {@code number}th picture part, {@code /word/media/image3.png}: made once for
   * the first {@value #NAMES_KEPT}, as making a part's name checks it through several regular
   * expressions, and every document has the same.
   */
  private static PackagePartName pictureName(int number) throws InvalidFormatException {
    return number <= NAMES_KEPT ? PICTURE_NAMES.get(number - 1) : partName(number);
  }

  private static PackagePartName partName(int number) throws InvalidFormatException {
    return PackagingURIHelper.createPartName(XWPFRelation.IMAGE_PNG.getFileName(number));
  }

  private static PackagePartName knownPartName(int number) {
    try {
      return partName(number);
    } catch (InvalidFormatException e) {
      throw new IllegalStateException("a picture part's name is refused", e);
    }
  }

  private String addData(byte[] png, String name) {
    try {
      PackagePartName partName = pictureName(++parts);
      // A picture has no relationships of its own: none to look for (POI's createPart looks, making
      // the name of a relationships part for it and checking that name as it does every part's).
      PackagePart part = new MemoryPackagePart(doc.getPackage(), partName, XWPFRelation.IMAGE_PNG.getContentType(), false);
      doc.getPackage().registerPartAndContentType(part);
      try (OutputStream out = part.getOutputStream()) {
        out.write(png);
      }
      return doc.getPackagePart().addRelationship(partName, TargetMode.INTERNAL, XWPFRelation.IMAGES.getRelation())
          .getId();
    } catch (InvalidFormatException | IOException e) {
      throw new RenderException("DOCX", "adding picture '" + name + "'", e);
    }
  }
}
