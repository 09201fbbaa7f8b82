package org.safeguarding.bulletin.model;

import java.util.List;
import java.util.Objects;

/**
 * A piece of inline text: plain text, strong or emphasised text, a link or a line break. The set is
 * closed, like {@link Block}'s.
 */
public sealed interface Inline permits Inline.Text, Inline.Strong, Inline.Emphasis, Inline.Link, Inline.LineBreak {

  /** Calls the visitor's method for this kind of inline. */
  <R> R accept(Visitor<R> visitor);

  /** The words a reader sees in {@code inlines}, without markup; line breaks become newlines. */
  static String plainText(List<Inline> inlines) {
    StringBuilder out = new StringBuilder();
    for (Inline inline : inlines) {
      if (inline instanceof Text t) {
        out.append(t.text());
      } else if (inline instanceof Strong s) {
        out.append(plainText(s.children()));
      } else if (inline instanceof Emphasis e) {
        out.append(plainText(e.children()));
      } else if (inline instanceof Link l) {
        out.append(plainText(l.children()));
      } else {
        out.append('\n');
      }
    }
    return out.toString();
  }

  /**
   * Literal text, shown exactly as written: characters that look like markup are not markup.
   *
   * @param text the characters
   */
  record Text(String text) implements Inline {
    /** Checks that the text is given. */
    public Text {
      Objects.requireNonNull(text, "text");
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.text(this);
    }
  }

  /**
   * Strong importance, written {@code **like this**}.
   *
   * @param children the text inside
   */
  record Strong(List<Inline> children) implements Inline {
    /** Copies the children. */
    public Strong {
      children = List.copyOf(children);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.strong(this);
    }
  }

  /**
   * Emphasis, written {@code *like this*}.
   *
   * @param children the text inside
   */
  record Emphasis(List<Inline> children) implements Inline {
    /** Copies the children. */
    public Emphasis {
      children = List.copyOf(children);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.emphasis(this);
    }
  }

  /**
   * A link, written {@code [text](target)} or {@code <target>}.
   *
   * @param target where it goes, as written
   * @param children the link text
   */
  record Link(String target, List<Inline> children) implements Inline {
    /** Copies the children. */
    public Link {
      Objects.requireNonNull(target, "target");
      children = List.copyOf(children);
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.link(this);
    }
  }

  /** A hard line break, written as a backslash or two spaces at the end of a line. */
  record LineBreak() implements Inline {
    @Override
    public <R> R accept(Visitor<R> visitor) {
      return visitor.lineBreak(this);
    }
  }

  /**
   * Handles each kind of inline.
   *
   * @param <R> what the visitor returns
   */
  interface Visitor<R> {
    /** Handles literal text. */
    R text(Text text);

    /** Handles strong text. */
    R strong(Strong strong);

    /** Handles emphasised text. */
    R emphasis(Emphasis emphasis);

    /** Handles a link. */
    R link(Link link);

    /** Handles a line break. */
    R lineBreak(LineBreak lineBreak);
  }
}
