package org.safeguarding.bulletin.render.internal.page;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.safeguarding.bulletin.model.GlossaryEntry;
import org.safeguarding.bulletin.render.internal.TermSearch;

/**
 * Finds a bulletin's glossary terms in running text. Abbreviations (terms with two or more capital
 * letters and no space, such as "CSE") are matched as written and marked {@code <abbr>}; other terms
 * are matched in any case. The first mention in each section links to the term's entry.
 *
 * <p>One instance serves one page: it remembers which terms the current section has linked.
 */
final class GlossaryTerms {
  private static final Pattern MARKS = Pattern.compile("\\p{M}");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Pattern OUTER_HYPHENS = Pattern.compile("^-|-$");

  private final Map<GlossaryEntry, String> ids = new LinkedHashMap<>();
  private final Map<String, GlossaryEntry> byKey = new HashMap<>();
  private final @Nullable TermSearch search;
  private final Set<GlossaryEntry> linkedInSection = new HashSet<>();

  GlossaryTerms(List<GlossaryEntry> glossary) {
    Set<String> used = new HashSet<>();
    for (GlossaryEntry entry : glossary) {
      ids.put(entry, uniqueId(entry.term(), used));
      byKey.putIfAbsent(key(entry.term()), entry);
    }
    search = glossary.isEmpty() ? null
        : new TermSearch(glossary, t -> isAbbreviation(t) ? Pattern.quote(t) : "(?iu:" + Pattern.quote(t) + ")");
  }

  /** The id of the glossary entry's element. */
  String id(GlossaryEntry entry) {
    return ids.get(entry);
  }

  /** Whether {@code term} is an abbreviation: two or more capital letters and no space. */
  static boolean isAbbreviation(String term) {
    return term.codePoints().filter(Character::isUpperCase).count() >= 2 && !term.contains(" ");
  }

  /** Starts a new section: its first mention of each term links to the glossary again. */
  void startSection() {
    linkedInSection.clear();
  }

  /** One piece of text: either plain text or a mention of a glossary term. */
  record Piece(String text, @Nullable GlossaryEntry entry, boolean link) {}

  /**
   * {@code text} split into plain text and mentions of terms. Mentions inside a link are not linked
   * again, as links cannot nest.
   */
  List<Piece> split(String text, boolean insideLink) {
    if (search == null) {
      return List.of(new Piece(text, null, false));
    }
    List<Piece> pieces = new java.util.ArrayList<>();
    int start = 0;
    for (MatchResult m : search.find(text)) {
      if (m.start() > start) {
        pieces.add(new Piece(text.substring(start, m.start()), null, false));
      }
      GlossaryEntry entry = byKey.get(key(m.group()));
      boolean link = !insideLink && linkedInSection.add(entry);
      pieces.add(new Piece(m.group(), entry, link));
      start = m.end();
    }
    if (start < text.length()) {
      pieces.add(new Piece(text.substring(start), null, false));
    }
    return pieces;
  }

  private static String key(String term) {
    return term.toLowerCase(Locale.ROOT);
  }

  private static String uniqueId(String term, Set<String> used) {
    String unmarked = MARKS.matcher(Normalizer.normalize(term, Normalizer.Form.NFD)).replaceAll("");
    String hyphenated = NOT_ALPHANUMERIC.matcher(unmarked.toLowerCase(Locale.ROOT)).replaceAll("-");
    String slug = OUTER_HYPHENS.matcher(hyphenated).replaceAll("");
    String base = "term-" + (slug.isEmpty() ? Integer.toString(used.size() + 1) : slug);
    String id = base;
    for (int n = 2; !used.add(id); n++) {
      id = base + "-" + n;
    }
    return id;
  }
}
