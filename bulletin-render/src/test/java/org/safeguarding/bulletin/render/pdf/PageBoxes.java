package org.safeguarding.bulletin.render.pdf;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The boxes drawn on a PDF page and what is drawn inside them, read back with PDFBox, for the test
 * that no page shows an empty box.
 *
 * <p>A box is either a shaded rectangle (a filled or stroked shape, other than white, at least
 * {@link #SMALLEST} points each way: a background, a badge) or a bordered one, whose left and right
 * borders the PDF engine draws as two thin upright shapes of one colour, at the same height: each
 * such pair, taken left to right, is one box. Every shape is cut to its clipping path and the page,
 * as a box that breaks across pages is drawn whole on each page and clipped to the part the page
 * shows. The content is each glyph that is not blank (its centre) and each picture (its centre).
 * The glyphs and the pictures are also given apart, for the tests of where pictures stand.
 */
final class PageBoxes extends PDFGraphicsStreamEngine {
  /** Shapes smaller than this (points) either way are lines, rules and icons' strokes, not boxes. */
  static final double SMALLEST = 6;
  /** An upright border is at most this wide (points). */
  private static final double BORDER = 6;
  private static final double TOLERANCE = 0.5;

  /** A box drawn on the page, in the page's coordinates (points, the origin at the foot). */
  record Box(Rectangle2D area, String how) {
    @Override
    public String toString() {
      return String.format("%s box at x %.0f to %.0f, y %.0f to %.0f (from the foot of the page)", how, area.getMinX(),
          area.getMaxX(), area.getMinY(), area.getMaxY());
    }
  }

  private record Shape(Rectangle2D area, float[] colour) {}

  private final Rectangle2D page;
  private final List<Shape> shapes = new ArrayList<>();
  private final List<Point2D> content = new ArrayList<>();
  private final List<Point2D> glyphs = new ArrayList<>();
  private final List<Rectangle2D> pictures = new ArrayList<>();
  private GeneralPath path = new GeneralPath();
  private boolean clipping;

  private PageBoxes(PDPage page) {
    super(page);
    this.page = page.getMediaBox().toGeneralPath().getBounds2D();
  }

  /** Reads {@code page}. */
  static PageBoxes of(PDPage page) throws IOException {
    PageBoxes boxes = new PageBoxes(page);
    boxes.processPage(page);
    return boxes;
  }

  /** The boxes on the page with no glyph and no picture inside. */
  List<Box> empty() {
    return boxes().stream().filter(box -> content.stream().noneMatch(point -> box.area().contains(point))).toList();
  }

  /** The centre of each glyph on the page that is not blank, in the order drawn. */
  List<Point2D> glyphs() {
    return List.copyOf(glyphs);
  }

  /** The area of each picture on the page, in the order drawn. */
  List<Rectangle2D> pictures() {
    return List.copyOf(pictures);
  }

  /** Every box on the page: the shaded ones, then the bordered ones. */
  List<Box> boxes() {
    List<Box> boxes = new ArrayList<>();
    List<Shape> uprights = new ArrayList<>();
    for (Shape shape : shapes) {
      Rectangle2D area = shape.area();
      if (area.getWidth() >= SMALLEST && area.getHeight() >= SMALLEST && !white(shape.colour())) {
        boxes.add(new Box(area, "shaded"));
      } else if (area.getWidth() <= BORDER && area.getHeight() >= SMALLEST) {
        uprights.add(shape);
      }
    }
    uprights.sort(Comparator.comparingDouble((Shape s) -> s.area().getMinX()));
    List<Shape> paired = new ArrayList<>();
    for (Shape left : uprights) {
      if (paired.contains(left)) {
        continue;
      }
      uprights.stream().filter(right -> !paired.contains(right) && right != left && partners(left, right)).findFirst()
          .ifPresent(right -> {
            paired.add(left);
            paired.add(right);
            Rectangle2D area = new Rectangle2D.Double();
            Rectangle2D.union(left.area(), right.area(), area);
            boxes.add(new Box(area, "bordered"));
          });
    }
    return boxes;
  }

  private static boolean partners(Shape left, Shape right) {
    return right.area().getMinX() > left.area().getMaxX() && Arrays.equals(left.colour(), right.colour())
        && Math.abs(left.area().getMinY() - right.area().getMinY()) < TOLERANCE
        && Math.abs(left.area().getMaxY() - right.area().getMaxY()) < TOLERANCE;
  }

  private static boolean white(float[] colour) {
    for (float component : colour) {
      if (component < 0.999f) {
        return false;
      }
    }
    return true;
  }

  private void paint(PDColor colour) throws IOException {
    Rectangle2D visible = path.getBounds2D().createIntersection(getGraphicsState().getCurrentClippingPath().getBounds2D())
        .createIntersection(page);
    if (!visible.isEmpty()) {
      shapes.add(new Shape(visible, colour.getColorSpace().toRGB(colour.getComponents())));
    }
    endPath();
  }

  @Override
  public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
    path.moveTo(p0.getX(), p0.getY());
    path.lineTo(p1.getX(), p1.getY());
    path.lineTo(p2.getX(), p2.getY());
    path.lineTo(p3.getX(), p3.getY());
    path.closePath();
  }

  @Override
  public void moveTo(float x, float y) {
    path.moveTo(x, y);
  }

  @Override
  public void lineTo(float x, float y) {
    path.lineTo(x, y);
  }

  @Override
  public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
    path.curveTo(x1, y1, x2, y2, x3, y3);
  }

  @Override
  public Point2D getCurrentPoint() {
    return path.getCurrentPoint();
  }

  @Override
  public void closePath() {
    path.closePath();
  }

  @Override
  public void endPath() {
    if (clipping) {
      // As PDFBox's own PageDrawer does: the clipping path takes effect once the path is ended.
      getGraphicsState().intersectClippingPath(path);
      clipping = false;
    }
    path = new GeneralPath();
  }

  @Override
  public void strokePath() throws IOException {
    paint(getGraphicsState().getStrokingColor());
  }

  @Override
  public void fillPath(int windingRule) throws IOException {
    paint(getGraphicsState().getNonStrokingColor());
  }

  @Override
  public void fillAndStrokePath(int windingRule) throws IOException {
    paint(getGraphicsState().getNonStrokingColor());
  }

  @Override
  public void clip(int windingRule) {
    path.setWindingRule(windingRule);
    clipping = true;
  }

  @Override
  public void shadingFill(COSName shadingName) {
    // The PDFs shade with plain colours only.
  }

  @Override
  public void drawImage(PDImage image) {
    Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
    Rectangle2D area = new Rectangle2D.Double(ctm.getTranslateX(), ctm.getTranslateY(), ctm.getScalingFactorX(),
        ctm.getScalingFactorY());
    pictures.add(area);
    content.add(new Point2D.Double(area.getCenterX(), area.getCenterY()));
  }

  @Override
  protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement) throws IOException {
    super.showGlyph(textRenderingMatrix, font, code, displacement);
    String text = font.toUnicode(code);
    if (text != null && !text.isBlank()) {
      // The glyph's centre: half its advance along the baseline, a third of the font size above it.
      float size = textRenderingMatrix.getScalingFactorY();
      Point2D centre = new Point2D.Double(textRenderingMatrix.getTranslateX() + displacement.getX() * textRenderingMatrix.getScalingFactorX() / 2,
          textRenderingMatrix.getTranslateY() + size / 3);
      glyphs.add(centre);
      content.add(centre);
    }
  }
}
