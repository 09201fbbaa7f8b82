package org.safeguarding.bulletin.model;

/**
 * One block of a section's content. The set is closed: every renderer handles each kind through
 * {@link Visitor}, so a new kind of block breaks every renderer's build until it handles it.
 */
public sealed interface Block permits Paragraph, ListBlock, RisksBlock, ContactsBlock, Callout {

  /** The name of this kind of block in the JSON format's {@code type} field. */
  String type();

  /** Calls the visitor's method for this kind of block. */
  <R> R accept(Visitor<R> visitor);

  /**
   * Handles each kind of block.
   *
   * @param <R> what the visitor returns
   */
  interface Visitor<R> {
    /** Handles a paragraph. */
    R paragraph(Paragraph paragraph);

    /** Handles a list. */
    R list(ListBlock list);

    /** Handles a list of risks. */
    R risks(RisksBlock risks);

    /** Handles a list of contacts. */
    R contacts(ContactsBlock contacts);

    /** Handles a callout. */
    R callout(Callout callout);
  }
}
