package org.safeguarding.bulletin.internal.pictures;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.WeakHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.internal.Languages;
import org.safeguarding.bulletin.model.Pictogram;
import org.safeguarding.bulletin.wording.Wording;

/**
 * Chooses a picture for each Easy Read point of a section that names none, by the point's words and
 * the picture words of the bulletin's language ({@link Wording#pictureWords}).
 *
 * <p>Each picture whose words a point uses scores the number of the point's words they match (a
 * phrase of two words counts two). Pictures of a broad topic ({@link #BROAD}: the internet, a
 * warning, people, a child, an adult, the law, help, information, what next) score half, so that a
 * picture of what the point names ("money", "photos") wins over the topic it is about. The highest
 * score wins; on a tie, the picture whose words come first in the point; then the earlier pictogram.
 * A point whose words choose nothing gets the section's picture, or {@link #FALLBACK} where the
 * section has none. The same point always gets the same picture, so
 * {@code lint} reports exactly what the outputs show.
 */
public final class PictureChooser {
  /** The picture for a point when neither its words, the point nor its section choose one. */
  public static final Pictogram FALLBACK = Pictogram.INFORMATION;

  /** The pictures of broad topics, which score half. */
  public static final Set<Pictogram> BROAD = Collections.unmodifiableSet(EnumSet.of(Pictogram.INTERNET,
      Pictogram.WARNING, Pictogram.PEOPLE, Pictogram.CHILD, Pictogram.ADULT, Pictogram.LAW, Pictogram.HELP,
      Pictogram.INFORMATION, Pictogram.NEXT));

  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['-][\\p{L}\\p{M}\\p{N}]+)*");

  private static final Map<Wording, Index> INDEXES = Collections.synchronizedMap(new WeakHashMap<>());
  private static final Index NONE = new Index(List.of());

  private final Locale locale;
  private final Index index;

  private PictureChooser(Locale locale, Index index) {
    this.locale = locale;
    this.index = index;
  }

  /**
   * The chooser for a bulletin in {@code language} whose library words are {@code wording}: with that
   * wording's picture words if it is in the bulletin's language, with none (every point gets its
   * section's picture) if the wording is another language's.
   */
  public static PictureChooser of(String language, Wording wording) {
    Locale locale = Languages.parse(language).orElse(Locale.ROOT);
    boolean own = wording.language().equals(locale.getLanguage());
    return new PictureChooser(locale, own ? INDEXES.computeIfAbsent(wording, PictureChooser::index) : NONE);
  }

  private static Index index(Wording wording) {
    Locale locale = Locale.forLanguageTag(wording.language());
    List<PictureWord> entries = new ArrayList<>();
    for (Pictogram pictogram : Pictogram.values()) {
      wording.pictureWords(pictogram).forEach(entry -> entries.add(PictureWord.parse(pictogram, entry, locale)));
    }
    return new Index(entries);
  }

  /**
   * The picture for a point that names none: by the words of {@code text} (the point's plain text),
   * else {@code sectionPicture}, else {@link #FALLBACK}.
   */
  public PictureChoice choose(String text, @Nullable Pictogram sectionPicture) {
    @Nullable Pictogram best = null;
    @Nullable Match bestMatch = null;
    for (Map.Entry<Pictogram, Match> candidate : matches(text).entrySet()) {
      Match match = candidate.getValue();
      if (bestMatch == null || score(candidate.getKey(), match) > score(best, bestMatch)
          || score(candidate.getKey(), match) == score(best, bestMatch) && match.first < bestMatch.first) {
        best = candidate.getKey();
        bestMatch = match;
      }
    }
    if (best == null || bestMatch == null) {
      return new PictureChoice(sectionPicture == null ? FALLBACK : sectionPicture, List.of());
    }
    return new PictureChoice(best, bestMatch.words());
  }

  /** Twice the score, so that it stays a whole number. */
  private static int score(Pictogram pictogram, Match match) {
    return match.weight() * (BROAD.contains(pictogram) ? 1 : 2);
  }

  /** Every picture whose words {@code text} uses, with what matched. */
  private Map<Pictogram, Match> matches(String text) {
    List<String> original = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(text.replace('’', '\''));
    while (matcher.find()) {
      original.add(matcher.group());
    }
    List<String> tokens = original.stream().map(t -> t.toLowerCase(locale)).toList();
    Map<Pictogram, Match> found = new EnumMap<>(Pictogram.class);
    for (int start = 0; start < tokens.size(); start++) {
      for (PictureWord entry : index.startingWith(tokens.get(start))) {
        if (entry.matchesAt(tokens, start)) {
          int end = start + entry.parts().size();
          found.computeIfAbsent(entry.pictogram(), p -> new Match()).add(start, end, String.join(" ", original.subList(start, end)));
        }
      }
    }
    return found;
  }

  /** A language's picture words, found by their first word (or, for a prefix, its first letter). */
  private static final class Index {
    private final Map<String, List<PictureWord>> byFirstWord = new HashMap<>();
    private final Map<Integer, List<PictureWord>> byFirstLetter = new HashMap<>();
    private final List<PictureWord> anyFirstWord = new ArrayList<>();

    Index(List<PictureWord> entries) {
      for (PictureWord entry : entries) {
        String first = entry.parts().get(0);
        if (first.equals("*")) {
          anyFirstWord.add(entry);
        } else if (first.endsWith("*")) {
          byFirstLetter.computeIfAbsent(first.codePointAt(0), c -> new ArrayList<>()).add(entry);
        } else {
          byFirstWord.computeIfAbsent(first, f -> new ArrayList<>()).add(entry);
        }
      }
    }

    /** The entries that may match from a word {@code token}. */
    List<PictureWord> startingWith(String token) {
      List<PictureWord> candidates = new ArrayList<>(byFirstWord.getOrDefault(token, List.of()));
      for (PictureWord entry : byFirstLetter.getOrDefault(token.codePointAt(0), List.of())) {
        String first = entry.parts().get(0);
        if (token.startsWith(first.substring(0, first.length() - 1))) {
          candidates.add(entry);
        }
      }
      candidates.addAll(anyFirstWord);
      return candidates;
    }
  }

  /** What one picture's words matched in one point: the words it covers count once each. */
  private static final class Match {
    private final BitSet covered = new BitSet();
    private int first = Integer.MAX_VALUE;
    private final Map<Integer, String> words = new TreeMap<>();

    void add(int start, int end, String matched) {
      covered.set(start, end);
      first = Math.min(first, start);
      words.putIfAbsent(start, matched);
    }

    int weight() {
      return covered.cardinality();
    }

    List<String> words() {
      return words.values().stream().distinct().toList();
    }
  }
}
