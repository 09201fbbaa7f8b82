package org.safeguarding.bulletin.render.docx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.RenderException;
import org.safeguarding.bulletin.render.internal.Validation;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadModel;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadSection;
import org.safeguarding.bulletin.render.pictogram.PictogramSet;
import org.safeguarding.bulletin.validate.Limits;
import org.safeguarding.bulletin.wording.Wording;
import org.safeguarding.bulletin.wording.Wordings;
import org.safeguarding.bulletin.validate.Problem;

/**
 * Writes the Easy Read version of a bulletin as a Word document ({@code .docx}).
 *
 * <p>The document follows the UK Easy Read conventions: a cover with the title and who made it (and
 * that it is a draft, where a section's points are made from its prose); a heading for each section,
 * then each point as a row with its picture on the left and one short sentence on the right, the
 * points flowing several to a page, a heading kept with its first point, no point split across pages;
 * a "Hard words" page from the glossary; and a "Who to contact" page last, emergency contacts first
 * (or, when the last section is itself "Who to contact", the contacts continue it). Text is left aligned in a large sans serif font, with bold, never
 * italics, for key words. A section's own {@code easyRead} points are used where it has them;
 * otherwise its content, one sentence a point.
 *
 * <p>It is built for Word's Accessibility Checker: title and language in the document properties
 * and on every run, built-in heading styles, alt text on every picture, inline pictures, layout
 * tables marked as such. The same bulletin always gives the same bytes: every date in the file is
 * the bulletin's publication date.
 *
 * <p>A renderer is immutable and thread-safe: build one and reuse it.
 *
 * <pre>{@code
 * Bulletin bulletin = BulletinJson.reader().read(Path.of("online-risks-and-harms.json"));
 * EasyReadDocxRenderer renderer = EasyReadDocxRenderer.builder().bodySize(18).build();
 * try (OutputStream out = Files.newOutputStream(Path.of(renderer.fileName(bulletin)))) {
 *   renderer.render(bulletin, out);
 * }
 * }</pre>
 */
public final class EasyReadDocxRenderer implements BulletinRenderer {
  /** The smallest body size allowed, in points: the GOV.UK and NHS minimum for Easy Read. */
  public static final int MIN_BODY_SIZE = 14;

  /** The largest body size allowed, in points. */
  public static final int MAX_BODY_SIZE = 28;

  private final DocxSettings settings;
  private final Validation validation;

  private EasyReadDocxRenderer(Builder builder) {
    this.settings = new DocxSettings(builder.font, builder.bodySize, builder.pictograms, builder.wordings,
        builder.qrCodes);
    this.validation = new Validation(null, null, builder.limits);
  }

  /** Whether each web link has a QR code under it (see {@link Builder#qrCodes(boolean)}). */
  public boolean qrCodes() {
    return settings.qrCodes();
  }

  /** A renderer with the defaults: Arial, 16 pt, the built-in pictures, QR codes for web links. */
  public static EasyReadDocxRenderer create() {
    return builder().build();
  }

  /** A builder that starts from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The font family of all text. */
  public String font() {
    return settings.font();
  }

  /** The body text size, in points. */
  public int bodySize() {
    return settings.bodySize();
  }

  /** The pictures shown beside points and contacts. */
  public PictogramSet pictograms() {
    return settings.pictograms();
  }

  /**
   * {@inheritDoc}
   *
   * <p>The Easy Read document has no logo, so whether the logo can be read is not checked.
   */
  @Override
  public List<Problem> problems(Bulletin bulletin) {
    return validation.problems(Objects.requireNonNull(bulletin, "bulletin"));
  }

  /**
   * {@inheritDoc}
   *
   * <p>The bulletin is validated first, in full. If {@code out} throws an {@link IOException},
   * that exception is thrown, not one of the library's underneath.
   */
  @Override
  public void render(Bulletin bulletin, OutputStream out) throws IOException {
    Objects.requireNonNull(bulletin, "bulletin");
    Objects.requireNonNull(out, "out");
    validation.check(bulletin);
    CallerStream caller = new CallerStream(out);
    // The zip stream writes its headers in small pieces; the caller's stream may not be buffered.
    BufferedOutputStream buffered = new BufferedOutputStream(caller, 64 * 1024);
    try {
      write(bulletin, new DocxZip(buffered, DocxPackage.date(bulletin)));
    } catch (RenderException e) {
      caller.rethrowFailure();
      throw e;
    }
    buffered.flush();
  }

  /** {@code <id>-easy-read.docx}, for example {@code online-risks-and-harms-easy-read.docx}. */
  @Override
  public String fileName(Bulletin bulletin) {
    return bulletin.id() + "-easy-read.docx";
  }

  /** Builds the whole document, then writes it to {@code zip}. */
  private void write(Bulletin bulletin, DocxZip zip) throws IOException {
    try (XWPFDocument doc = new WordDocument()) {
      Wording wording = settings.wordings().forLanguage(bulletin.language());
      EasyReadModel model = EasyReadModel.of(bulletin, wording);
      EasyReadDocument document = new EasyReadDocument(doc, bulletin, wording, model, settings);
      DocxStyles.write(doc, settings, bulletin.language(), bulletin.rightToLeft());
      PageSetup.write(document);
      DocxPackage.properties(doc, bulletin);
      CoverPage.write(document);
      List<EasyReadSection> sections = model.sections();
      @Nullable PictureRows lastSection = null;
      for (int i = 0; i < sections.size(); i++) {
        lastSection = SectionWriter.write(document, sections.get(i), i == 0);
      }
      for (EasyReadModel.ClosingPart part : model.closingParts()) {
        switch (part) {
          case HARD_WORDS -> HardWordsPage.write(document);
          case CONTACTS -> ContactsPage.write(document, lastSection);
        }
      }
      RunPropertyOrder.apply(doc);
      doc.write(zip);
    } catch (POIXMLException | OpenXML4JRuntimeException e) {
      throw new RenderException("DOCX", "building the document", e);
    }
  }

  /** Builds an {@link EasyReadDocxRenderer}; settings are checked in {@link #build()}. */
  public static final class Builder {
    private String font = "Arial";
    private int bodySize = 16;
    private PictogramSet pictograms = PictogramSet.builtIn();
    private Limits limits = Limits.defaults();
    private Wordings wordings = Wordings.builtIn();
    private boolean qrCodes = true;

    private Builder() {}

    /** The font family of all text; "Arial" by default. Choose a plain sans serif. */
    public Builder font(String font) {
      this.font = Objects.requireNonNull(font, "font");
      return this;
    }

    /** The body text size in points, from 14 to 28; 16 by default. Headings are larger. */
    public Builder bodySize(int points) {
      this.bodySize = points;
      return this;
    }

    /** The pictures; {@link PictogramSet#builtIn()} by default. */
    public Builder pictograms(PictogramSet pictograms) {
      this.pictograms = Objects.requireNonNull(pictograms, "pictograms");
      return this;
    }

    /** The size limits bulletins are checked against; {@link Limits#defaults()} by default. */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The library's own words, by language; {@link Wordings#builtIn()} by default. A bulletin in a
     * language with no wording gets English, marked as English.
     */
    public Builder wordings(Wordings wordings) {
      this.wordings = Objects.requireNonNull(wordings, "wordings");
      return this;
    }

    /**
     * Whether each web link ({@code http:}, {@code https:}) of the points and contacts gets a QR
     * code under it, a picture whose alternative text names the address ("QR code for …"), with
     * the address written under it: a printed page has no links to follow. On by default.
     */
    public Builder qrCodes(boolean qrCodes) {
      this.qrCodes = qrCodes;
      return this;
    }

    /**
     * Builds the renderer.
     *
     * @throws IllegalArgumentException if the font is blank or the body size is outside 14 to 28
     */
    public EasyReadDocxRenderer build() {
      if (font.isBlank()) {
        throw new IllegalArgumentException("font: expected a font family name, found a blank one");
      }
      if (bodySize < MIN_BODY_SIZE || bodySize > MAX_BODY_SIZE) {
        throw new IllegalArgumentException("bodySize: expected " + MIN_BODY_SIZE + " to " + MAX_BODY_SIZE
            + " points (Easy Read needs at least 14), found " + bodySize);
      }
      return new EasyReadDocxRenderer(this);
    }
  }
}
