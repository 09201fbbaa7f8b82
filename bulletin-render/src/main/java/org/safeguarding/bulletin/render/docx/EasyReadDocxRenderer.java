package org.safeguarding.bulletin.render.docx;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.BulletinRenderer;
import org.safeguarding.bulletin.render.Companions;
import org.safeguarding.bulletin.render.RenderException;
import org.safeguarding.bulletin.render.RenderOptions;
import org.safeguarding.bulletin.render.internal.JdkTransformers;
import org.safeguarding.bulletin.render.internal.Rendering;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadModel;
import org.safeguarding.bulletin.render.internal.easyread.EasyReadSection;
import org.safeguarding.bulletin.wording.Wording;
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
 * the bulletin's date as its {@link RenderOptions#date(Bulletin) options} give it (its publication
 * date, else a fixed date).
 *
 * <p>Of its {@link RenderOptions} it takes the words, the pictures, the theme's document colours
 * (text, headings and links), the paper, the date of an undated bulletin and the limits. The
 * document has no logo: with a base directory, whether the logo can be read is checked all the
 * same, as for the other outputs. Its own settings, the font and the body size, are its {@link
 * Builder}'s. A renderer is immutable and thread-safe: build one and reuse it.
 *
 * <pre>{@code
 * Bulletin bulletin = BulletinJson.reader().read(Path.of("online-risks-and-harms.json"));
 * EasyReadDocxRenderer renderer = EasyReadDocxRenderer.builder().options(options).bodySize(18).build();
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

  /** The most languages whose styles part a renderer keeps. */
  private static final int STYLES_KEPT = 64;

  private final DocxSettings settings;
  private final Rendering rendering;
  /** The styles part for each language (and direction) rendered so far: the same for every document. */
  private final Map<String, byte[]> styles = new ConcurrentHashMap<>();

  private EasyReadDocxRenderer(Builder builder) {
    this.settings = new DocxSettings(builder.font, builder.bodySize, builder.options);
    this.rendering = Rendering.of(builder.options, "-easy-read.docx");
  }

  /** A renderer with the defaults: Arial, 16 pt, {@link RenderOptions#defaults()}. */
  public static EasyReadDocxRenderer create() {
    return builder().build();
  }

  /** A renderer with {@code options}, in Arial, 16 pt. */
  public static EasyReadDocxRenderer with(RenderOptions options) {
    return builder().options(options).build();
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

  /**
   * {@inheritDoc}
   *
   * <p>The Easy Read document has no logo, but with a base directory whether the logo can be read
   * is checked all the same, as for the other outputs.
   */
  @Override
  public List<Problem> problems(Bulletin bulletin) {
    return rendering.problems(bulletin);
  }

  /**
   * {@inheritDoc}
   *
   * <p>The bulletin is validated first, in full. If {@code out} throws an {@link IOException},
   * that exception is thrown, not one of the library's underneath. The document names {@code
   * companions}' web page on its cover ("Web page: online-risks-and-harms.html").
   */
  @Override
  public void render(Bulletin bulletin, Companions companions, OutputStream out) throws IOException {
    Objects.requireNonNull(companions, "companions");
    Objects.requireNonNull(out, "out");
    Wording wording = rendering.check(bulletin);
    CallerStream caller = new CallerStream(out);
    // The zip stream writes its headers in small pieces; the caller's stream may not be buffered.
    BufferedOutputStream buffered = new BufferedOutputStream(caller, 64 * 1024);
    try {
      write(bulletin, wording, companions, new DocxZip(buffered, settings.options().date(bulletin)));
    } catch (RenderException e) {
      caller.rethrowFailure();
      throw e;
    }
    buffered.flush();
  }

  /** {@code <id>-easy-read.docx}, for example {@code online-risks-and-harms-easy-read.docx}. */
  @Override
  public String fileName(Bulletin bulletin) {
    return rendering.fileName(bulletin);
  }

  /** Builds the whole document, then writes it to {@code zip}. */
  private void write(Bulletin bulletin, Wording wording, Companions companions, DocxZip zip) throws IOException {
    try (WordDocument doc = new WordDocument()) {
      EasyReadModel model = EasyReadModel.of(bulletin, wording, companions.page());
      EasyReadDocument document = new EasyReadDocument(doc, bulletin, wording, model, settings);
      FixedPart.add(doc, XWPFRelation.STYLES, styles(bulletin));
      String footer = PageSetup.footer(document);
      DocxPackage.properties(doc, bulletin, settings.options().date(bulletin));
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
      doc.main(document.finish(() -> PageSetup.write(document, footer)));
      JdkTransformers.run(() -> doc.write(zip));
    } catch (POIXMLException | OpenXML4JRuntimeException e) {
      throw new RenderException("DOCX", "building the document", e);
    }
  }

  /** The styles part for {@code bulletin}'s language and direction, made once for each (up to {@value #STYLES_KEPT}). */
  private byte[] styles(Bulletin bulletin) {
    String key = bulletin.language() + (bulletin.rightToLeft() ? " rtl" : " ltr");
    byte[] xml = styles.get(key);
    if (xml == null) {
      xml = DocxStyles.xml(settings, bulletin.language(), bulletin.rightToLeft());
      if (styles.size() < STYLES_KEPT) {
        styles.putIfAbsent(key, xml);
      }
    }
    return xml;
  }

  /** Builds an {@link EasyReadDocxRenderer}; settings are checked in {@link #build()}. */
  public static final class Builder {
    private String font = "Arial";
    private int bodySize = 16;
    private RenderOptions options = RenderOptions.defaults();

    private Builder() {}

    /** The settings every renderer shares; {@link RenderOptions#defaults()} by default. */
    public Builder options(RenderOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

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
