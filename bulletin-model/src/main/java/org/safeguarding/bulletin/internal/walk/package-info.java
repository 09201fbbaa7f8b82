/**
 * The one typed walk over a bulletin's records, each visited with the JSON path it has in the
 * bulletin's JSON: validation, the sizes of a bulletin built in Java and the linter's text all read
 * the bulletin through it.
 */
@NullMarked
package org.safeguarding.bulletin.internal.walk;

import org.jspecify.annotations.NullMarked;
