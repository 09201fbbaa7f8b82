package org.safeguarding.bulletin.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.jspecify.annotations.Nullable;

/**
 * A TrueType font family for the PDF: its name and its regular, bold, italic and bold italic faces.
 * A family's files are read and checked once: when it is made from files, or when a page first
 * needs a built-in family. The PDF embeds a subset of each face it uses.
 *
 * <pre>{@code
 * PdfFontFamily house = PdfFontFamily.of("House Sans", Path.of("HouseSans-Regular.ttf"),
 *     Path.of("HouseSans-Bold.ttf"), Path.of("HouseSans-Italic.ttf"), Path.of("HouseSans-BoldItalic.ttf"));
 * PdfRenderer renderer = PdfRenderer.builder()
 *     .fonts(house, PdfFontFamily.dejaVuSans())
 *     .build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class PdfFontFamily {
  private static final String FONTS = "fonts/";
  /** The characters of a phone number as written: digits, spaces and + - ( ) . */
  static final String PHONE_CHARACTERS = "0123456789 +-().";

  private final String name;
  private final Supplier<Map<FontFace, byte[]>> files;
  private volatile @Nullable Faces faces;

  /** A family whose files are read when it is first asked for a face or a character. */
  private PdfFontFamily(String name, Supplier<Map<FontFace, byte[]>> files) {
    this.name = checkName(name);
    this.files = files;
  }

  /** A family read and checked now. */
  private static PdfFontFamily read(String name, Map<FontFace, byte[]> files) {
    PdfFontFamily family = new PdfFontFamily(name, () -> files);
    family.faces();
    return family;
  }

  /**
   * A family from four TrueType files ({@code .ttf}; OpenType files with CFF outlines are not
   * supported by the PDF engine).
   *
   * @throws IOException if a file cannot be read
   * @throws IllegalArgumentException if the name is blank or holds a quote or backslash, or a file
   *     is not a TrueType font with a Unicode character map
   */
  public static PdfFontFamily of(String name, Path regular, Path bold, Path italic, Path boldItalic)
      throws IOException {
    checkName(Objects.requireNonNull(name, "name"));
    Map<FontFace, byte[]> faces = new EnumMap<>(FontFace.class);
    faces.put(FontFace.REGULAR, Files.readAllBytes(Objects.requireNonNull(regular, "regular")));
    faces.put(FontFace.BOLD, Files.readAllBytes(Objects.requireNonNull(bold, "bold")));
    faces.put(FontFace.ITALIC, Files.readAllBytes(Objects.requireNonNull(italic, "italic")));
    faces.put(FontFace.BOLD_ITALIC, Files.readAllBytes(Objects.requireNonNull(boldItalic, "boldItalic")));
    return read(name, faces);
  }

  /**
   * Atkinson Hyperlegible Next, by the Braille Institute, designed so that letters that look alike
   * are told apart; shipped in the jar under the SIL Open Font License 1.1. The default first
   * family.
   */
  public static PdfFontFamily atkinsonHyperlegibleNext() {
    return Builtin.ATKINSON;
  }

  /**
   * DejaVu Sans, which covers most alphabets (Latin, Greek, Cyrillic, Armenian, Georgian, Hebrew,
   * Arabic and more); shipped in the jar under the Bitstream Vera licence. The default fallback.
   */
  public static PdfFontFamily dejaVuSans() {
    return Builtin.DEJAVU;
  }

  /**
   * Noto Naskh Arabic, by Google, for text in the Arabic script (Arabic, Urdu, Persian); shipped in
   * the jar under the SIL Open Font License 1.1. It has no italic: its italic faces are its upright
   * ones, as Arabic text is not slanted. A default family, used only by pages that have Arabic-script
   * text.
   */
  public static PdfFontFamily notoNaskhArabic() {
    return Builtin.NASKH;
  }

  /** The family's name, as the style sheet names it. */
  public String name() {
    return name;
  }

  /** The bytes of {@code face}; callers must not change them. */
  byte[] bytes(FontFace face) {
    return faces().bytes().get(face);
  }

  /** Whether {@code face} has a glyph for {@code codePoint}. */
  boolean covers(FontFace face, int codePoint) {
    return faces().coverage().get(face).get(codePoint);
  }

  /**
   * The width, in em, of {@code codePoint} in the bold face if it is one of {@link #PHONE_CHARACTERS}
   * and the face has it, else 0: what a phone number's width on paper is reckoned from.
   */
  float boldAdvance(int codePoint) {
    return faces().boldAdvances().getOrDefault(codePoint, 0f);
  }

  /**
   * The faces' bytes and characters, read on first use: a built-in fallback family (DejaVu Sans,
   * 2.7 MB, and Noto Naskh Arabic) is then read only by a renderer whose pages need it, which took
   * about a second off every cold start of the command line (the PDF of an English page needs
   * Atkinson Hyperlegible Next alone).
   */
  private Faces faces() {
    Faces read = faces;
    if (read == null) {
      synchronized (this) {
        read = faces;
        if (read == null) {
          read = Faces.of(name, files.get());
          faces = read;
        }
      }
    }
    return read;
  }

  /**
   * The bytes of each face, the code points it has a glyph for, and the bold face's advances of the
   * {@link #PHONE_CHARACTERS}: each face parsed once.
   */
  private record Faces(Map<FontFace, byte[]> bytes, Map<FontFace, BitSet> coverage, Map<Integer, Float> boldAdvances) {
    static Faces of(String family, Map<FontFace, byte[]> files) {
      Map<FontFace, byte[]> bytes = new EnumMap<>(files);
      Map<FontFace, BitSet> coverage = new EnumMap<>(FontFace.class);
      Map<Integer, Float> boldAdvances = Map.of();
      for (Map.Entry<FontFace, byte[]> file : bytes.entrySet()) {
        FontFace face = file.getKey();
        String which = "font family " + family + ": the " + face.name().toLowerCase(Locale.ROOT) + " face";
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(file.getValue()))) {
          CmapLookup cmap = font.getUnicodeCmapLookup(false);
          if (cmap == null) {
            throw new IllegalArgumentException(which + " has no Unicode character map");
          }
          coverage.put(face, characters(font, cmap));
          if (face == FontFace.BOLD) {
            boldAdvances = advances(font, cmap);
          }
        } catch (IOException e) {
          throw new IllegalArgumentException(which + " is not a TrueType font: " + e.getMessage(), e);
        }
      }
      return new Faces(bytes, coverage, boldAdvances);
    }
  }

  @Override
  public String toString() {
    return "PdfFontFamily[" + name + "]";
  }

  private static String checkName(String name) {
    if (name.isBlank() || name.contains("\"") || name.contains("\\")) {
      throw new IllegalArgumentException(
          "font family: expected a name without quotes or backslashes, found '" + name + "'");
    }
    return name;
  }

  /** The advances, in em, of the {@link #PHONE_CHARACTERS} that {@code font} has. */
  private static Map<Integer, Float> advances(TrueTypeFont font, CmapLookup cmap) throws IOException {
    Map<Integer, Float> advances = new HashMap<>();
    for (int codePoint : PHONE_CHARACTERS.codePoints().toArray()) {
      int glyph = cmap.getGlyphId(codePoint);
      if (glyph != 0) {
        advances.put(codePoint, (float) font.getAdvanceWidth(glyph) / font.getUnitsPerEm());
      }
    }
    return Map.copyOf(advances);
  }

  /** Every code point {@code font} maps to a glyph, from its Unicode character map. */
  private static BitSet characters(TrueTypeFont font, CmapLookup cmap) throws IOException {
    BitSet covered = new BitSet();
    for (int glyph = 1; glyph < font.getNumberOfGlyphs(); glyph++) {
      List<Integer> codes = cmap.getCharCodes(glyph);
      if (codes != null) {
        codes.forEach(covered::set);
      }
    }
    return covered;
  }

  /** The families in the jar, each read when a page first needs it. */
  private static final class Builtin {
    static final PdfFontFamily ATKINSON = load("Atkinson Hyperlegible Next", "AtkinsonHyperlegibleNext-",
        "Regular", "Bold", "Italic", "BoldItalic");
    static final PdfFontFamily DEJAVU = load("DejaVu Sans", "DejaVuSans", "", "-Bold", "-Oblique", "-BoldOblique");
    static final PdfFontFamily NASKH = load("Noto Naskh Arabic", "NotoNaskhArabic-", "Regular", "Bold", "Regular", "Bold");

    private static PdfFontFamily load(String name, String prefix, String... suffixes) {
      return new PdfFontFamily(name, () -> {
        Map<FontFace, byte[]> faces = new EnumMap<>(FontFace.class);
        FontFace[] order = FontFace.values();
        for (int i = 0; i < order.length; i++) {
          faces.put(order[i], resource(prefix + suffixes[i] + ".ttf"));
        }
        return faces;
      });
    }

    private static byte[] resource(String file) {
      try (InputStream in = PdfFontFamily.class.getResourceAsStream(FONTS + file)) {
        if (in == null) {
          throw new IllegalStateException("the font is missing from the jar: " + FONTS + file);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the font " + FONTS + file, e);
      }
    }
  }
}
