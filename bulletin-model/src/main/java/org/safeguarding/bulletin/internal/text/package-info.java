/** Inline text parsing with commonmark-java, restricted to the subset the format allows. */
@NullMarked
package org.safeguarding.bulletin.internal.text;

import org.jspecify.annotations.NullMarked;
