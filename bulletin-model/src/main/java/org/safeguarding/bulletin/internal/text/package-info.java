/** Text handling: inline markup parsed with commonmark-java, and sentences and words for every output. */
@NullMarked
package org.safeguarding.bulletin.internal.text;

import org.jspecify.annotations.NullMarked;
