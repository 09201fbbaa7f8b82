package org.safeguarding.bulletin.render.docx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.drawingml.x2006.picture.CTPicture;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.safeguarding.bulletin.render.RenderException;
import org.safeguarding.bulletin.render.internal.QrCode;
import org.safeguarding.bulletin.render.pictogram.Picture;

/**
 * The pictures of one document, and the QR codes of its web links: each picture's PNG goes into
 * the package once, however often it is shown, and each place it is shown gets a copy of one inline drawing (3 cm square, with the
 * picture's alt text and a drawing id of its own), parsed once for all documents.
 */
final class DocxPictures {
  private static final String PICTURE_NS = WordDocument.NAMESPACES.get("pic");

  private static final CTInline DRAWING = parse("""
      <wp:inline distT="0" distR="0" distB="0" distL="0"%3$s>
        <wp:extent cx="%1$d" cy="%1$d"/>
        <wp:docPr id="0" name="Picture" descr=""/>
        <wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="true"/></wp:cNvGraphicFramePr>
        <a:graphic><a:graphicData uri="%2$s"><pic:pic>
          <pic:nvPicPr><pic:cNvPr id="0" name="Picture" descr=""/><pic:cNvPicPr><a:picLocks noChangeAspect="true"/></pic:cNvPicPr></pic:nvPicPr>
          <pic:blipFill><a:blip r:embed=""/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>
          <pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%1$d" cy="%1$d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr>
        </pic:pic></a:graphicData></a:graphic>
      </wp:inline>""".formatted(Units.PICTURE_SIZE, PICTURE_NS, WordDocument.NAMESPACE_DECLARATIONS).replaceAll(">\\s+<", "><"));

  private final XWPFDocument doc;
  private final Map<Picture, String> relationIds = new HashMap<>();
  private final Map<String, String> qrRelationIds = new HashMap<>();
  private long lastId;

  DocxPictures(XWPFDocument doc) {
    this.doc = doc;
  }

  /** Places {@code picture} inline in {@code run}, 3 cm square, with {@code altText}. */
  void place(XWPFRun run, Picture picture, String altText) {
    place(run, relationIds.computeIfAbsent(picture, p -> addData(p.png(), p.name())), picture.name(), altText);
  }

  /** Places the QR code of {@code address} inline in {@code run}, 3 cm square, with {@code altText}. */
  void placeQrCode(XWPFRun run, String address, String altText) {
    place(run, qrRelationIds.computeIfAbsent(address, a -> addData(QrCode.png(a), "QR code")), "QR code", altText);
  }

  private void place(XWPFRun run, String relationId, String pictureName, String altText) {
    CTInline inline = run.getCTR().addNewDrawing().addNewInline();
    inline.set(DRAWING);
    long id = ++lastId;
    String name = "Picture " + id + " (" + pictureName + ")";
    inline.getDocPr().setId(id);
    inline.getDocPr().setName(name);
    inline.getDocPr().setDescr(altText);
    CTPicture drawn = (CTPicture) inline.getGraphic().getGraphicData().selectChildren(PICTURE_NS, "pic")[0];
    drawn.getNvPicPr().getCNvPr().setId(id);
    drawn.getNvPicPr().getCNvPr().setName(name);
    drawn.getNvPicPr().getCNvPr().setDescr(altText);
    drawn.getBlipFill().getBlip().setEmbed(relationId);
  }

  private String addData(byte[] png, String name) {
    try {
      return doc.addPictureData(png, Document.PICTURE_TYPE_PNG);
    } catch (InvalidFormatException e) {
      throw new RenderException("DOCX", "adding picture '" + name + "'", e);
    }
  }

  private static CTInline parse(String xml) {
    try {
      // The template's root element stands for the inline drawing itself, not a child of it.
      return CTInline.Factory.parse(xml, new XmlOptions().setLoadReplaceDocumentElement(null));
    } catch (XmlException e) {
      throw new IllegalStateException("the drawing template does not parse", e);
    }
  }
}
