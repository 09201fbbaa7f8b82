/**
 * The library's own words (labels such as "Emergency" or "Call … on …") in the bulletin's language,
 * from one resource bundle file a language ({@code words_cy.properties} and so on). {@link
 * org.safeguarding.bulletin.wording.Wordings} holds them and takes a caller's additions.
 */
@NullMarked
package org.safeguarding.bulletin.wording;

import org.jspecify.annotations.NullMarked;
