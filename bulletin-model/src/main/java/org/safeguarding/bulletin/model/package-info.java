/**
 * The bulletin domain: immutable records for a bulletin, its sections, blocks, risks and contacts.
 *
 * <p>Text a reader sees (titles, headings, names, inline text, glossary entries and the like) is
 * normalised to Unicode Normalization Form C by the records themselves, when they are built: so a
 * bulletin read from JSON and one built in Java hold the same characters, and no output sees text in
 * another form. {@code cafe\u0301} (e and a combining acute accent) is held as {@code café}. Ids,
 * language tags, regions, link targets and file paths are kept as given, and checked as they are.
 */
@NullMarked
package org.safeguarding.bulletin.model;

import org.jspecify.annotations.NullMarked;
