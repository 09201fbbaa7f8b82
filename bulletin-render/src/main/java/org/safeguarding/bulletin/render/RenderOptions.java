package org.safeguarding.bulletin.render;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.Bulletin;
import org.safeguarding.bulletin.render.pictogram.PictogramSet;
import org.safeguarding.bulletin.validate.Limits;
import org.safeguarding.bulletin.wording.Wording;
import org.safeguarding.bulletin.wording.Wordings;

/**
 * The settings every renderer takes, in one place: the library's words and the region of its dates,
 * the theme, the pictures, where the files a bulletin names are read from, the size limits, the
 * date of a bulletin that has none, and the paper. Every renderer is made from one ({@code
 * HtmlRenderer.with(options)}, {@code PdfRenderer.with(options)} ...), so one set of options gives
 * every output the same colours, pictures, words and dates. Immutable and thread-safe.
 *
 * <pre>{@code
 * RenderOptions options = RenderOptions.builder()
 *     .theme(Theme.builder().light(Palette.light().with(ColourRole.BRAND, "#4c2c92")).build())
 *     .baseDirectory(Path.of("bulletins"))        // where the publisher's logo is found
 *     .pageSize(PageSize.LETTER)
 *     .build();
 * BulletinRenderer html = HtmlRenderer.with(options);
 * BulletinRenderer docx = EasyReadDocxRenderer.with(options);
 * BulletinRenderer pdf = PdfRenderer.with(options);
 * }</pre>
 */
public final class RenderOptions {
  /** The date a bulletin without a publication date carries, unless the options give another. */
  public static final LocalDate DEFAULT_UNDATED_DATE = LocalDate.of(2000, 1, 1);

  private static final RenderOptions DEFAULTS = new Builder().build();

  private final Wordings wordings;
  private final String region;
  private final Theme theme;
  private final PictogramSet pictograms;
  private final @Nullable Path baseDirectory;
  private final @Nullable Path fileRoot;
  private final Limits limits;
  private final Clock undatedClock;
  private final PageSize pageSize;
  private final boolean qrCodes;

  private RenderOptions(Builder builder) {
    this.wordings = builder.wordings;
    this.region = builder.region;
    this.theme = builder.theme;
    this.pictograms = builder.pictograms;
    this.baseDirectory = builder.baseDirectory;
    this.fileRoot = builder.fileRoot;
    this.limits = builder.limits;
    this.undatedClock = builder.undatedClock;
    this.pageSize = builder.pageSize;
    this.qrCodes = builder.qrCodes;
  }

  /** The defaults, which every setting of {@link Builder} names. */
  public static RenderOptions defaults() {
    return DEFAULTS;
  }

  /** A new builder, with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder that starts from these options. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** A copy whose base directory is {@code baseDirectory}: the same options for the bulletins of another folder. */
  public RenderOptions withBaseDirectory(Path baseDirectory) {
    return toBuilder().baseDirectory(baseDirectory).build();
  }

  /** The library's own words, by language. */
  public Wordings wordings() {
    return wordings;
  }

  /** The region whose conventions dates follow where a bulletin's language names none, for example {@code GB}. */
  public String region() {
    return region;
  }

  /** The colours, for every output, and the house logo. */
  public Theme theme() {
    return theme;
  }

  /** The pictures of sections, Easy Read points and contacts, for every output. */
  public PictogramSet pictograms() {
    return pictograms;
  }

  /** The directory that the publisher's logo path is resolved against, if one was given. */
  public Optional<Path> baseDirectory() {
    return Optional.ofNullable(baseDirectory);
  }

  /** The folder every file a bulletin names must be inside, if one was given (else the base directory). */
  public Optional<Path> fileRoot() {
    return Optional.ofNullable(fileRoot);
  }

  /** The size limits bulletins are checked against. */
  public Limits limits() {
    return limits;
  }

  /** The paper. */
  public PageSize pageSize() {
    return pageSize;
  }

  /** Whether the print outputs (the PDF and the Easy Read DOCX) give each web link a QR code. */
  public boolean qrCodes() {
    return qrCodes;
  }

  /**
   * The library's words for {@code bulletin}: in its language (English where there is no wording in
   * it), with dates and lists as written in its language and, where its language tag names no
   * region, in {@link #region()}.
   */
  public Wording wording(Bulletin bulletin) {
    String language = bulletin.language();
    Locale locale = Locale.forLanguageTag(language);
    if (!locale.getCountry().isEmpty()) {
      return wordings.forLanguage(language);
    }
    try {
      return wordings.forLanguage(new Locale.Builder().setLocale(locale).setRegion(region).build().toLanguageTag());
    } catch (IllformedLocaleException e) {
      return wordings.forLanguage(language);
    }
  }

  /**
   * The date every output of {@code bulletin} carries (in a PDF's and a DOCX's metadata, on every
   * part of a DOCX): its publication date, else the date these options give for undated bulletins,
   * {@link #DEFAULT_UNDATED_DATE} unless another was set. The same bulletin and options give the same
   * date, and so the same bytes, on any day, unless a clock was set with {@link
   * Builder#undatedClock(Clock)}.
   */
  public LocalDate date(Bulletin bulletin) {
    LocalDate published = bulletin.published();
    return published != null ? published : LocalDate.ofInstant(undatedClock.instant(), ZoneOffset.UTC);
  }

  /** Builds {@link RenderOptions}. Every setting has a default. */
  public static final class Builder {
    private Wordings wordings = Wordings.builtIn();
    private String region = "GB";
    private Theme theme = Theme.standard();
    private PictogramSet pictograms = PictogramSet.builtIn();
    private @Nullable Path baseDirectory;
    private @Nullable Path fileRoot;
    private Limits limits = Limits.defaults();
    private Clock undatedClock = fixed(DEFAULT_UNDATED_DATE);
    private PageSize pageSize = PageSize.A4;
    private boolean qrCodes = true;

    private Builder() {}

    private Builder(RenderOptions options) {
      this.wordings = options.wordings;
      this.region = options.region;
      this.theme = options.theme;
      this.pictograms = options.pictograms;
      this.baseDirectory = options.baseDirectory;
      this.fileRoot = options.fileRoot;
      this.limits = options.limits;
      this.undatedClock = options.undatedClock;
      this.pageSize = options.pageSize;
      this.qrCodes = options.qrCodes;
    }

    /**
     * The library's own words, by language; {@link Wordings#builtIn()} by default. A bulletin in a
     * language with no wording gets the English words, marked as English.
     */
    public Builder wordings(Wordings wordings) {
      this.wordings = Objects.requireNonNull(wordings, "wordings");
      return this;
    }

    /**
     * The region (ISO 3166 two letters, or UN M.49 three digits) whose conventions dates and lists
     * follow where a bulletin's language tag names none; {@code GB} by default, so that {@code en}
     * dates read "27 November 2026". A bulletin in {@code en-US} keeps its own region.
     *
     * @throws IllegalArgumentException if {@code region} is not a region code
     */
    public Builder region(String region) {
      Objects.requireNonNull(region, "region");
      try {
        if (region.isEmpty()) {
          throw new IllformedLocaleException("empty");
        }
        new Locale.Builder().setRegion(region);
      } catch (IllformedLocaleException e) {
        throw new IllegalArgumentException("region: expected two letters or three digits, found '" + region + "'", e);
      }
      this.region = region.toUpperCase(Locale.ROOT);
      return this;
    }

    /**
     * The colours of every output (the page's light and dark ones, the PDF's, the Easy Read
     * document's) and the house logo; {@link Theme#standard()} by default.
     */
    public Builder theme(Theme theme) {
      this.theme = Objects.requireNonNull(theme, "theme");
      return this;
    }

    /**
     * The pictures beside sections, Easy Read points and contacts, in every output; {@link
     * PictogramSet#builtIn()} by default.
     */
    public Builder pictograms(PictogramSet pictograms) {
      this.pictograms = Objects.requireNonNull(pictograms, "pictograms");
      return this;
    }

    /**
     * The directory that the publisher's logo path is resolved against, usually the bulletin JSON
     * file's directory: with one, the logo is shown and whether it can be read is one of the
     * problems every renderer checks (also those that show no logo). None by default: the publisher's
     * logo is left out (the theme's logo, if any, is shown instead) and no file is read, whatever
     * the working directory.
     */
    public Builder baseDirectory(Path baseDirectory) {
      this.baseDirectory = Objects.requireNonNull(baseDirectory, "baseDirectory");
      return this;
    }

    /**
     * The folder the publisher's logo may be anywhere inside, for bulletins that share pictures from
     * a folder above their own; by default no file outside the base directory is read.
     */
    public Builder fileRoot(Path fileRoot) {
      this.fileRoot = Objects.requireNonNull(fileRoot, "fileRoot");
      return this;
    }

    /** The size limits bulletins are checked against; {@link Limits#defaults()} by default. */
    public Builder limits(Limits limits) {
      this.limits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The date of bulletins without a publication date; {@link #DEFAULT_UNDATED_DATE} by default. A
     * bulletin's own date always comes first.
     */
    public Builder undatedDate(LocalDate date) {
      this.undatedClock = fixed(Objects.requireNonNull(date, "date"));
      return this;
    }

    /**
     * A clock whose date (in UTC) bulletins without a publication date carry, instead of a fixed
     * date: {@code Clock.systemUTC()} dates them the day they are rendered, so that the same bulletin
     * gives other bytes on another day. Only if asked: by default the date is fixed.
     */
    public Builder undatedClock(Clock clock) {
      this.undatedClock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The paper of the PDF and the Easy Read document; {@link PageSize#A4} by default. */
    public Builder pageSize(PageSize pageSize) {
      this.pageSize = Objects.requireNonNull(pageSize, "pageSize");
      return this;
    }

    /**
     * Whether the print outputs (the PDF and the Easy Read DOCX) give each web link of the sections
     * and contacts a QR code, with the address printed under it; {@code true} by default.
     */
    public Builder qrCodes(boolean qrCodes) {
      this.qrCodes = qrCodes;
      return this;
    }

    /** Builds the options. */
    public RenderOptions build() {
      return new RenderOptions(this);
    }

    private static Clock fixed(LocalDate date) {
      return Clock.fixed(date.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
  }
}
