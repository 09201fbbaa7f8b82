package org.safeguarding.bulletin.render.internal;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.safeguarding.bulletin.model.Inline;

/**
 * Splits inline text into sentences with {@link BreakIterator}, keeping each sentence's markup
 * (strong text, links) intact. Offsets are those of {@link Inline#plainText(List)}.
 */
public final class InlineSentences {
  private InlineSentences() {}

  /** The sentences of {@code inlines}, each trimmed, in order; a line break also ends a sentence. */
  public static List<List<Inline>> split(List<Inline> inlines, Locale locale) {
    String plain = Inline.plainText(inlines);
    BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
    breaks.setText(plain);
    List<List<Inline>> sentences = new ArrayList<>();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      for (int[] range : lines(plain, start, end)) {
        List<Inline> sentence = slice(inlines, new int[] {0}, range[0], range[1]);
        if (!sentence.isEmpty()) {
          sentences.add(sentence);
        }
      }
    }
    return List.copyOf(sentences);
  }

  /** The trimmed, non-empty parts of {@code [start, end)} between line breaks. */
  private static List<int[]> lines(String plain, int start, int end) {
    List<int[]> ranges = new ArrayList<>();
    int from = start;
    for (int i = start; i <= end; i++) {
      if (i == end || plain.charAt(i) == '\n') {
        int s = from;
        int e = i;
        while (s < e && Character.isWhitespace(plain.charAt(s))) {
          s++;
        }
        while (e > s && Character.isWhitespace(plain.charAt(e - 1))) {
          e--;
        }
        if (s < e) {
          ranges.add(new int[] {s, e});
        }
        from = i + 1;
      }
    }
    return ranges;
  }

  /** The part of {@code inlines} between plain-text offsets {@code start} and {@code end}. */
  private static List<Inline> slice(List<Inline> inlines, int[] position, int start, int end) {
    List<Inline> out = new ArrayList<>();
    for (Inline inline : inlines) {
      if (inline instanceof Inline.Text t) {
        int from = position[0];
        position[0] += t.text().length();
        int s = Math.max(start, from);
        int e = Math.min(end, position[0]);
        if (s < e) {
          out.add(new Inline.Text(t.text().substring(s - from, e - from)));
        }
      } else if (inline instanceof Inline.Strong s) {
        List<Inline> children = slice(s.children(), position, start, end);
        if (!children.isEmpty()) {
          out.add(new Inline.Strong(children));
        }
      } else if (inline instanceof Inline.Emphasis em) {
        List<Inline> children = slice(em.children(), position, start, end);
        if (!children.isEmpty()) {
          out.add(new Inline.Emphasis(children));
        }
      } else if (inline instanceof Inline.Link l) {
        List<Inline> children = slice(l.children(), position, start, end);
        if (!children.isEmpty()) {
          out.add(new Inline.Link(l.target(), children));
        }
      } else if (inline instanceof Inline.LineBreak) {
        position[0] += 1;
      } else {
        throw new AssertionError(inline);
      }
    }
    return out;
  }
}
